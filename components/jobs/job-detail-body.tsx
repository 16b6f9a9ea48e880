"use client";

import {
  JobAttempts,
  JobPayload,
  JobRetry,
  JobTags,
} from "@/components/jobs/job-detail-extras";
import {
  Field,
  Fields,
  Identifier,
  Section,
  When,
} from "@/components/jobs/job-detail-parts";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { TrainingJobLink } from "@/components/jobs/training-job-link";
import { useNow } from "@/components/ui/use-now";
import type { JobDetail } from "@/lib/batch/types";
import { describeCapacityUsage } from "@/lib/format/capacity";
import { describeJobTiming, formatDuration, span } from "@/lib/format/duration";

function Timeline({ job }: { job: JobDetail }) {
  const now = useNow();
  const waited = span(job.createdAt, job.startedAt ?? job.scheduledAt);
  return (
    <Fields>
      <Field label="Created">
        <When ms={job.createdAt} />
      </Field>
      <Field label="Scheduled">
        <When ms={job.scheduledAt} />
      </Field>
      <Field label="Started">
        <When ms={job.startedAt} />
      </Field>
      <Field label="Stopped">
        <When ms={job.stoppedAt} />
      </Field>
      <Field label="Waited">{formatDuration(waited)}</Field>
      <Field label="Duration">
        {now === null ? "" : describeJobTiming(job, now)}
      </Field>
    </Fields>
  );
}

function StatusSection({ job }: { job: JobDetail }) {
  return (
    <Section title="Status">
      <Fields>
        <Field label="Status">
          <JobStatusBadge status={job.status} />
        </Field>
        <Field label="Reason">{job.statusReason}</Field>
        <Field label="Training job">
          <TrainingJobLink arn={job.latestAttempt?.serviceResourceId?.value}>
            Open in SageMaker console
          </TrainingJobLink>
        </Field>
      </Fields>
    </Section>
  );
}

function IdentifierSection({ job }: { job: JobDetail }) {
  const trainingJobArn = job.latestAttempt?.serviceResourceId?.value;
  return (
    <Section title="Identifiers">
      <Fields>
        <Field label="Job ID">
          <Identifier value={job.jobId} label="job ID" />
        </Field>
        <Field label="Job ARN">
          <Identifier value={job.jobArn} label="job ARN" />
        </Field>
        <Field label="Queue">
          <Identifier value={job.jobQueue} label="queue ARN" />
        </Field>
        <Field label="Training job ARN">
          <Identifier value={trainingJobArn} label="training job ARN" />
        </Field>
      </Fields>
    </Section>
  );
}

function SchedulingSection({ job }: { job: JobDetail }) {
  const timeout = job.timeoutConfig?.attemptDurationSeconds;
  return (
    <Section title="Scheduling">
      <Fields>
        <Field label="Share">{job.shareIdentifier}</Field>
        <Field label="Quota share">{job.quotaShareName}</Field>
        <Field label="Priority">{job.schedulingPriority}</Field>
        <Field label="Capacity">
          {describeCapacityUsage(job.capacityUsage)}
        </Field>
        <Field label="Timeout">
          {timeout !== undefined
            ? `${formatDuration(timeout * 1000)} per attempt`
            : undefined}
        </Field>
      </Fields>
    </Section>
  );
}

/** Everything DescribeServiceJob tells about a job, grouped for reading. */
export function JobDetailBody({ job }: { job: JobDetail }) {
  return (
    <>
      <StatusSection job={job} />
      <Section title="Timeline">
        <Timeline job={job} />
      </Section>
      <IdentifierSection job={job} />
      <SchedulingSection job={job} />
      <JobRetry job={job} />
      <JobAttempts job={job} />
      <JobTags tags={job.tags} />
      <JobPayload payload={job.serviceRequestPayload} />
    </>
  );
}
