"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";

import { RefreshControl } from "@/components/jobs/filters/refresh-control";
import { JobDetailPanel } from "@/components/jobs/job-detail-panel";
import { JobFiltersBar } from "@/components/jobs/job-filters-bar";
import { JobTable } from "@/components/jobs/job-table";
import { QueueHeading } from "@/components/jobs/queue-heading";
import { RefreshBanner } from "@/components/jobs/refresh-banner";
import { useJobList } from "@/components/jobs/use-job-list";
import { useQueueView } from "@/components/jobs/use-queue-view";
import { AppHeader } from "@/components/layout/app-header";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import type { VirtualTableHandle } from "@/components/ui/virtual-table";
import { rememberLastQueue } from "@/lib/client/last-queue";
import { filterKey, queuesQuery } from "@/lib/client/queries";
import {
  countByStatus,
  shareIdentifiers,
  trailingEmptyScans,
  type JobFilters,
} from "@/lib/view/job-filters";

function focusRow(jobId: string) {
  const row = document.querySelector<HTMLElement>(
    `[data-key="${CSS.escape(jobId)}"]`,
  );
  row?.focus();
}

/** The queue page: filters, the live job table and the job detail panel. */
export function QueueJobsView({ queue }: { queue: string }) {
  const { state, filters, setState } = useQueueView();
  const [paused, setPaused] = useState(false);
  const info = useQuery(queuesQuery()).data?.find((q) => q.name === queue);
  const list = useJobList(queue, filters, paused ? 0 : state.refresh * 1000);
  const table = useRef<VirtualTableHandle>(null);
  const counts = useMemo(() => countByStatus(list.rows), [list.rows]);
  const shares = useMemo(() => shareIdentifiers(list.rows), [list.rows]);

  useEffect(() => rememberLastQueue(queue), [queue]);

  const changeFilters = (patch: Partial<JobFilters>) => {
    const { statuses, ...rest } = patch;
    void setState({ ...rest, ...(statuses ? { status: statuses } : {}) });
  };
  const closeJob = () => {
    const jobId = state.job;
    void setState({ job: null }, { history: "push" });
    if (jobId) requestAnimationFrame(() => focusRow(jobId));
  };
  const showNewJobs = () => {
    list.showNewJobs();
    table.current?.scrollToTop();
  };

  const status = (
    <>
      <UpdatedAgo at={list.updatedAt} busy={list.live.isFetching} />
      <RefreshControl
        interval={state.refresh}
        paused={paused}
        onPause={setPaused}
        onInterval={(refresh) => {
          setPaused(false);
          void setState({ refresh });
        }}
      />
    </>
  );
  return (
    <div className="flex h-dvh flex-col">
      <AppHeader queue={queue} status={status} />
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        <QueueHeading name={queue} queue={info} />
        <JobFiltersBar
          filters={filters}
          counts={counts}
          fairShare={info?.fairShare ?? false}
          shares={shares}
          onChange={changeFilters}
        />
        {list.live.isError && (
          <RefreshBanner error={list.live.error} dataAt={list.updatedAt} />
        )}
        <div className="relative flex min-h-0 flex-1">
          <section
            aria-label="Job list"
            className="relative flex min-w-0 flex-1 flex-col"
          >
            {list.newJobs > 0 && (
              <button
                type="button"
                onClick={showNewJobs}
                className="absolute top-12 left-1/2 z-30 btn -translate-x-1/2 border-sky-700 bg-sky-700 text-white shadow-lg hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950"
              >
                {list.newJobs === 1 ? "1 new job" : `${list.newJobs} new jobs`}{" "}
                <span aria-hidden="true">↑</span>
              </button>
            )}
            <JobTable
              key={JSON.stringify(filterKey(filters))}
              ref={table}
              rows={list.rows}
              fairShare={info?.fairShare ?? false}
              progress={{
                isPending: list.pages.isPending,
                error: list.pages.error,
                hasNextPage: list.pages.hasNextPage,
                isFetchingNextPage: list.pages.isFetchingNextPage,
                isFetchNextPageError: list.pages.isFetchNextPageError,
                scanLimitReached: list.scanLimitReached,
                emptyScans: trailingEmptyScans(list.pages.data?.pages ?? []),
                fetchNextPage: () => void list.pages.fetchNextPage(),
                retry: () => void list.pages.refetch(),
              }}
              selectedJobId={state.job}
              onOpen={(job) =>
                void setState({ job: job.jobId }, { history: "push" })
              }
              onRangeChange={list.onRangeChange}
            />
          </section>
          {state.job && (
            <JobDetailPanel
              jobId={state.job}
              refreshMs={paused ? 0 : state.refresh * 1000}
              onClose={closeJob}
            />
          )}
        </div>
      </main>
    </div>
  );
}
