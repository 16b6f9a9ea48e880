"use client";

import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { TrainingJobLink } from "@/components/jobs/training-job-link";
import { RelativeTime } from "@/components/ui/relative-time";
import { useNow } from "@/components/ui/use-now";
import type { Column } from "@/components/ui/virtual-table";
import type { JobSummary } from "@/lib/batch/types";
import { formatCapacityUsage } from "@/lib/format/capacity";
import { describeJobTiming } from "@/lib/format/duration";
import { MISSING } from "@/lib/format/time";

function Duration({ job }: { job: JobSummary }) {
  const now = useNow();
  return (
    <span className="tabular-nums">
      {now === null ? "" : describeJobTiming(job, now)}
    </span>
  );
}

function Reason({ text }: { text: string | undefined }) {
  if (!text) {
    return (
      <span className="text-slate-600 dark:text-slate-400">{MISSING}</span>
    );
  }
  return <span title={text}>{text}</span>;
}

type JobColumn = Column<JobSummary> & { fairShareOnly?: boolean };

// Name takes the free space first (a grid grows fixed-max tracks before fr
// ones) so runs that differ only at the end stay distinguishable; the
// other columns hug their content and Status reason takes the rest.

const JOB_COLUMNS: JobColumn[] = [
  {
    id: "name",
    header: "Name",
    width: "minmax(20rem, 32rem)",
    cell: (job) => (
      <span className="font-medium" title={job.jobName}>
        {job.jobName}
      </span>
    ),
  },
  {
    id: "status",
    header: "Status",
    width: "8.25rem",
    cell: (job) => <JobStatusBadge status={job.status} />,
  },
  {
    id: "share",
    header: "Share",
    width: "6rem",
    fairShareOnly: true,
    cell: (job) => job.shareIdentifier ?? MISSING,
  },
  {
    id: "instances",
    header: "Instances",
    width: "6rem",
    className: "tabular-nums",
    cell: (job) => formatCapacityUsage(job.capacityUsage),
  },
  {
    id: "created",
    header: "Created",
    width: "6.5rem",
    cell: (job) => <RelativeTime ms={job.createdAt} />,
  },
  {
    id: "started",
    header: "Started",
    width: "6.5rem",
    cell: (job) => <RelativeTime ms={job.startedAt} />,
  },
  {
    id: "duration",
    header: "Duration",
    width: "8.5rem",
    cell: (job) => <Duration job={job} />,
  },
  {
    id: "reason",
    header: "Status reason",
    width: "minmax(9rem, 1fr)",
    cell: (job) => <Reason text={job.statusReason} />,
  },
  {
    id: "training-job",
    header: "Training job",
    width: "7.5rem",
    cell: (job) => (
      <TrainingJobLink arn={job.latestAttempt?.serviceResourceId?.value} />
    ),
  },
];

/** The job table's columns; the share column only for fair-share queues. */
export function jobColumns(fairShare: boolean): Column<JobSummary>[] {
  return JOB_COLUMNS.filter((column) => fairShare || !column.fairShareOnly);
}
