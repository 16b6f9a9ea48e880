"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";

import type { JobListProgress } from "@/components/jobs/job-table";
import { useJobList } from "@/components/jobs/use-job-list";
import { useQueueView } from "@/components/jobs/use-queue-view";
import type { VirtualTableHandle } from "@/components/ui/virtual-table";
import { rememberLastQueue } from "@/lib/client/last-queue";
import { queuesQuery } from "@/lib/client/queries";
import {
  countByStatus,
  shareIdentifiers,
  trailingEmptyScans,
  type JobFilters,
} from "@/lib/view/job-filters";

function focusRow(jobId: string) {
  const selector = `[data-key="${CSS.escape(jobId)}"]`;
  document.querySelector<HTMLElement>(selector)?.focus();
}

function progressOf(list: ReturnType<typeof useJobList>): JobListProgress {
  const { pages } = list;
  return {
    isPending: pages.isPending,
    error: pages.error,
    hasNextPage: pages.hasNextPage,
    isFetchingNextPage: pages.isFetchingNextPage,
    isFetchNextPageError: pages.isFetchNextPageError,
    scanLimitReached: list.scanLimitReached,
    emptyScans: trailingEmptyScans(pages.data?.pages ?? []),
    fetchNextPage: () => void pages.fetchNextPage(),
    retry: () => void pages.refetch(),
  };
}

/** Everything the queue page shows and does, from its URL and queries. */
export function useQueueJobs(queue: string) {
  const { state, filters, setState } = useQueueView();
  const [paused, setPaused] = useState(false);
  const info = useQuery(queuesQuery()).data?.find((q) => q.name === queue);
  const refreshMs = paused ? 0 : state.refresh * 1000;
  const list = useJobList(queue, filters, refreshMs);
  const table = useRef<VirtualTableHandle>(null);
  const counts = useMemo(() => countByStatus(list.rows), [list.rows]);
  const shares = useMemo(() => shareIdentifiers(list.rows), [list.rows]);

  useEffect(() => rememberLastQueue(queue), [queue]);

  const actions = {
    changeFilters: (patch: Partial<JobFilters>) => {
      const { statuses, ...rest } = patch;
      void setState({ ...rest, ...(statuses ? { status: statuses } : {}) });
    },
    openJob: (jobId: string) =>
      void setState({ job: jobId }, { history: "push" }),
    closeJob: () => {
      const jobId = state.job;
      void setState({ job: null }, { history: "push" });
      if (jobId) requestAnimationFrame(() => focusRow(jobId));
    },
    showNewJobs: () => {
      list.showNewJobs();
      table.current?.scrollToTop();
    },
    setRefresh: (refresh: typeof state.refresh) => {
      setPaused(false);
      void setState({ refresh });
    },
    setPaused,
  };
  const view = { state, filters, paused, refreshMs, info, counts, shares };
  return { view, list, progress: progressOf(list), table, actions };
}
