"use client";

import type { ReactNode } from "react";

import { RefreshControl } from "@/components/jobs/filters/refresh-control";
import { JobDetailPanel } from "@/components/jobs/job-detail-panel";
import { JobFiltersBar } from "@/components/jobs/job-filters-bar";
import { JobTable } from "@/components/jobs/job-table";
import { QueueHeading } from "@/components/jobs/queue-heading";
import { RefreshBanner } from "@/components/jobs/refresh-banner";
import { useQueueJobs } from "@/components/jobs/use-queue-jobs";
import { AppHeader } from "@/components/layout/app-header";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { filterKey } from "@/lib/client/queries";
import { describeLoaded } from "@/lib/view/loaded-count";

function NewJobsButton({
  count,
  onClick,
}: {
  count: number;
  onClick: () => void;
}) {
  if (count === 0) return null;
  return (
    <button
      type="button"
      onClick={onClick}
      className="absolute top-12 left-1/2 z-30 btn -translate-x-1/2 border-sky-700 bg-sky-700 text-white shadow-lg hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950"
    >
      {count === 1 ? "1 new job" : `${count} new jobs`}
      <span aria-hidden="true">↑</span>
    </button>
  );
}

function LiveStatus({
  updatedAt,
  busy,
  control,
}: {
  updatedAt: number | undefined;
  busy: boolean;
  control: ReactNode;
}) {
  return (
    <>
      <UpdatedAgo at={updatedAt} busy={busy} />
      {control}
    </>
  );
}

type QueueJobs = ReturnType<typeof useQueueJobs>;

function JobListRegion({ jobs }: { jobs: QueueJobs }) {
  const { view, list, progress, table, actions } = jobs;
  return (
    <div className="relative flex min-h-0 flex-1">
      <section
        aria-label="Job list"
        className="relative flex min-w-0 flex-1 flex-col"
      >
        <NewJobsButton count={list.newJobs} onClick={actions.showNewJobs} />
        <JobTable
          key={JSON.stringify(filterKey(view.filters))}
          ref={table}
          rows={list.rows}
          filters={view.filters}
          fairShare={view.info?.fairShare ?? false}
          progress={progress}
          selectedJobId={view.state.job}
          onOpen={(job) => actions.openJob(job.jobId)}
          onRangeChange={list.onRangeChange}
        />
      </section>
      {view.state.job && (
        <JobDetailPanel
          jobId={view.state.job}
          refreshMs={view.refreshMs}
          onClose={actions.closeJob}
        />
      )}
    </div>
  );
}

/** The queue page: filters, the live job table and the job detail panel. */
export function QueueJobsView({ queue }: { queue: string }) {
  const jobs = useQueueJobs(queue);
  const { view, list, progress, actions } = jobs;
  const loaded = progress.isPending
    ? null
    : describeLoaded(list.rows.length, progress.hasNextPage);

  const status = (
    <LiveStatus
      updatedAt={list.updatedAt}
      busy={list.live.isFetching}
      control={
        <RefreshControl
          interval={view.state.refresh}
          paused={view.paused}
          onPause={actions.setPaused}
          onInterval={actions.setRefresh}
        />
      }
    />
  );
  return (
    <div className="flex h-dvh flex-col">
      <AppHeader queue={queue} status={status} />
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        <QueueHeading name={queue} queue={view.info} />
        <JobFiltersBar
          filters={view.filters}
          counts={view.counts}
          loaded={loaded}
          fairShare={view.info?.fairShare ?? false}
          shares={view.shares}
          onChange={actions.changeFilters}
        />
        {list.live.isError && (
          <RefreshBanner error={list.live.error} dataAt={list.updatedAt} />
        )}
        <JobListRegion jobs={jobs} />
      </main>
    </div>
  );
}
