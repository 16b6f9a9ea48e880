"use client";

import type { Ref } from "react";

import { jobColumns } from "@/components/jobs/job-columns";
import { EmptyState, ErrorState, LoadingRows } from "@/components/ui/states";
import {
  VirtualTable,
  type VirtualTableHandle,
  type VisibleRange,
} from "@/components/ui/virtual-table";
import type { JobSummary } from "@/lib/batch/types";
import { describeError } from "@/lib/client/api-error";
import type { JobFilters } from "@/lib/view/job-filters";
import { describeNoMatch } from "@/lib/view/no-match";

/** Where the job search stands, for the table's states and last row. */
export interface JobListProgress {
  isPending: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  scanLimitReached: boolean;
  /** Trailing pages that scanned without finding a job. */
  emptyScans: number;
  fetchNextPage: () => void;
  retry: () => void;
}

// Pages that come back empty because the server hit its scan bound are
// loaded on without asking up to this many in a row; then the user decides.
const AUTO_CONTINUE_EMPTY_SCANS = 5;

function statusSummary(job: JobSummary): string {
  return `${job.jobName}, ${job.status ?? "status unknown"}`;
}

function Footer({
  count,
  progress,
}: {
  count: number;
  progress: JobListProgress;
}) {
  if (progress.isFetchNextPageError) {
    return (
      <span role="alert" className="flex items-center gap-3">
        Could not load more jobs: {describeError(progress.error)}
        <button type="button" className="btn" onClick={progress.fetchNextPage}>
          Retry
        </button>
      </span>
    );
  }
  if (!progress.hasNextPage)
    return (
      <span className="text-slate-600 dark:text-slate-300">
        End of list · {count.toLocaleString("en-US")} jobs
      </span>
    );
  if (progress.isFetchingNextPage)
    return (
      <span role="status">
        {progress.scanLimitReached ? "Still searching…" : "Loading more jobs…"}
      </span>
    );
  if (progress.scanLimitReached) {
    return (
      <span className="flex items-center gap-3">
        Still searching older jobs…
        <button type="button" className="btn" onClick={progress.fetchNextPage}>
          Continue searching
        </button>
      </span>
    );
  }
  return <span>Loading more jobs…</span>;
}

/** A queue's jobs as a virtual table, with its loading, empty and error states. */
export function JobTable({
  rows,
  filters,
  fairShare,
  progress,
  selectedJobId,
  onOpen,
  onRangeChange,
  ref,
}: {
  rows: JobSummary[];
  filters: JobFilters;
  fairShare: boolean;
  progress: JobListProgress;
  selectedJobId: string | null;
  onOpen: (job: JobSummary) => void;
  onRangeChange: (range: VisibleRange) => void;
  ref?: Ref<VirtualTableHandle>;
}) {
  if (progress.isPending) return <LoadingRows label="Loading jobs" rows={12} />;
  if (progress.error && rows.length === 0 && !progress.isFetchNextPageError) {
    return (
      <ErrorState
        title="Could not load jobs"
        error={progress.error}
        onRetry={progress.retry}
      />
    );
  }
  if (rows.length === 0 && !progress.hasNextPage) {
    const text = describeNoMatch(filters);
    return <EmptyState title={text.title}>{text.hint}</EmptyState>;
  }
  const autoContinue =
    !progress.scanLimitReached ||
    progress.emptyScans < AUTO_CONTINUE_EMPTY_SCANS;
  const onNearEnd = () => {
    if (
      progress.hasNextPage &&
      !progress.isFetchingNextPage &&
      !progress.isFetchNextPageError &&
      autoContinue
    ) {
      progress.fetchNextPage();
    }
  };

  return (
    <VirtualTable
      ref={ref}
      label="Jobs"
      columns={jobColumns(fairShare)}
      rows={rows}
      rowKey={(job) => job.jobId}
      rowLabel={statusSummary}
      rowCount={progress.hasNextPage ? -1 : rows.length}
      minWidth={fairShare ? "78.25rem" : "72.25rem"}
      selectedKey={selectedJobId}
      onActivate={onOpen}
      onRangeChange={onRangeChange}
      onNearEnd={onNearEnd}
      footer={<Footer count={rows.length} progress={progress} />}
    />
  );
}
