"use client";

import {
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { useMemo, useRef, type RefObject } from "react";

import type { VisibleRange } from "@/components/ui/virtual-table";
import { readRefresh } from "@/lib/client/live-refresh";
import {
  fetchJobs,
  jobPagesQuery,
  queryKeys,
  type JobPage,
} from "@/lib/client/queries";
import type { JobFilters } from "@/lib/view/job-filters";
import {
  applyRefresh,
  buildRows,
  createdWindow,
  EMPTY_LIVE,
  revealPending,
  type LiveState,
} from "@/lib/view/live-job-list";

/** One live refresh: reads head and window, merges them into the state. */
async function liveRefresh(
  client: QueryClient,
  queue: string,
  filters: JobFilters,
  view: RefObject<VisibleRange>,
  signal: AbortSignal,
): Promise<LiveState> {
  const pagesKey = jobPagesQuery(queue, filters).queryKey;
  const liveKey = queryKeys.jobLive(queue, filters);
  const read = () => ({
    pages: client.getQueryData<InfiniteData<JobPage>>(pagesKey)?.pages ?? [],
    live: client.getQueryData<LiveState>(liveKey) ?? EMPTY_LIVE,
  });

  const before = read();
  const { first, last, atTop } = view.current;
  const rows = buildRows(before.pages, before.live);
  const window = atTop ? undefined : createdWindow(rows, first, last);
  const refreshes = await readRefresh(
    queue,
    filters,
    window,
    fetchJobs,
    signal,
  );
  const after = read();
  return applyRefresh(after.live, after.pages, refreshes, view.current.atTop);
}

/**
 * A queue's job list: pages loaded as the user scrolls, plus a polled live
 * refresh of the head (and of the rows on screen when scrolled down) that
 * is merged into the pages without re-reading them.
 */
export function useJobList(
  queue: string,
  filters: JobFilters,
  refreshMs: number,
) {
  const client = useQueryClient();
  const pages = useInfiniteQuery(jobPagesQuery(queue, filters));
  const view = useRef<VisibleRange>({ first: 0, last: 0, atTop: true });
  const liveKey = queryKeys.jobLive(queue, filters);
  const firstFetchedAt = pages.data?.pages[0]?.fetchedAt;

  // The scroll position shapes the request but must not key the query:
  // scrolling would start a new query instead of feeding the next poll.
  const refresh = (signal: AbortSignal) =>
    liveRefresh(client, queue, filters, view, signal);
  const live = useQuery({
    queryKey: liveKey,
    queryFn: ({ signal }) => refresh(signal),
    enabled: firstFetchedAt !== undefined,
    initialData: EMPTY_LIVE,
    initialDataUpdatedAt: firstFetchedAt,
    staleTime: refreshMs > 0 ? refreshMs : Infinity,
    refetchInterval: refreshMs > 0 ? refreshMs : false,
    refetchIntervalInBackground: false,
    // The next poll is the retry; a failed poll keeps the last good rows.
    retry: false,
    structuralSharing: false,
  });

  const rows = useMemo(
    () => buildRows(pages.data?.pages ?? [], live.data),
    [pages.data, live.data],
  );

  const showNewJobs = () =>
    client.setQueryData<LiveState>(
      liveKey,
      (state) => state && revealPending(state),
    );

  const onRangeChange = (range: VisibleRange) => {
    view.current = range;
    if (range.atTop && live.data.pending.length > 0) showNewJobs();
  };

  const lastPage = pages.data?.pages.at(-1);
  return {
    rows,
    pages,
    live,
    newJobs: live.data.pending.length,
    showNewJobs,
    onRangeChange,
    scanLimitReached: lastPage?.search.scanLimitReached ?? false,
    updatedAt: Math.max(firstFetchedAt ?? 0, live.dataUpdatedAt) || undefined,
  };
}
