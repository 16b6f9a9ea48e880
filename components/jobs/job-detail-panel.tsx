"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef } from "react";

import { JobDetailBody } from "@/components/jobs/job-detail-body";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState, ErrorState, LoadingRows } from "@/components/ui/states";
import { ApiError } from "@/lib/client/api-error";
import { jobDetailQuery } from "@/lib/client/queries";

// DescribeServiceJob is throttled at low rates; an open panel refreshes no
// more often than this even when the list refreshes faster.
const MIN_DETAIL_REFRESH_MS = 10_000;

function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "job_not_found" || error.status === 404)
  );
}

/** A side panel with one job's details; its own loading and error states. */
export function JobDetailPanel({
  jobId,
  refreshMs,
  onClose,
}: {
  jobId: string;
  refreshMs: number;
  onClose: () => void;
}) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    ...jobDetailQuery(jobId),
    // An unknown job stays unknown: asking again only spends AWS quota.
    refetchInterval: (query) =>
      refreshMs > 0 && !isNotFound(query.state.error)
        ? Math.max(refreshMs, MIN_DETAIL_REFRESH_MS)
        : false,
  });

  useEffect(() => {
    heading.current?.focus();
  }, [jobId]);

  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      className="absolute inset-y-0 right-0 z-20 flex w-full max-w-[40rem] min-w-0 flex-col border-l border-slate-300 bg-white shadow-2xl 2xl:static 2xl:w-[36rem] 2xl:max-w-[36%] 2xl:shadow-none dark:border-slate-700 dark:bg-slate-950"
    >
      <div className="flex items-start gap-3 px-5 py-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            Job details
          </p>
          <h2
            id={titleId}
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold wrap-anywhere outline-none"
          >
            {query.data?.jobName ?? (query.isPending ? "Loading job…" : jobId)}
          </h2>
        </div>
        {query.data?.jobName && (
          <CopyButton value={query.data.jobName} label="job name" />
        )}
        <button
          type="button"
          onClick={onClose}
          className="btn"
          aria-label="Close job details"
        >
          Close <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto pb-6">
        {query.isPending ? (
          <LoadingRows label="Loading job details" rows={10} />
        ) : query.data ? (
          <JobDetailBody job={query.data} />
        ) : isNotFound(query.error) ? (
          <EmptyState title="Job not found">
            No job with ID {jobId} exists in this account and region, or AWS no
            longer lists it.
          </EmptyState>
        ) : (
          <ErrorState
            title="Could not load the job"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </div>
    </div>
  );
}
