"use client";

import {
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { useEffect, useMemo, useRef, type RefObject } from "react";

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
  // The head is read with the status filter, so a row that leaves it would
  // never be read again: under a status filter the screen is re-read too.
  const headCoversScreen = atTop && filters.statuses.length === 0;
  const window = headCoversScreen
    ? undefined
    : createdWindow(rows, first, last);
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

const TOP: VisibleRange = { first: 0, last: 0, atTop: true };

/** The polled refresh, holding the live state in the query cache. */
function useLiveRefresh(
  queue: string,
  filters: JobFilters,
  refreshMs: number,
  pagesFetchedAt: number | undefined,
) {
  const client = useQueryClient();
  const view = useRef<VisibleRange>(TOP);
  const liveKey = queryKeys.jobLive(queue, filters);
  const keyText = JSON.stringify(liveKey);

  // A new search starts at the top of a fresh table.
  useEffect(() => {
    view.current = TOP;
  }, [keyText]);

  // The scroll position shapes the request but must not key the query:
  // scrolling would start a new query instead of feeding the next poll.
  const refresh = (signal: AbortSignal) =>
    liveRefresh(client, queue, filters, view, signal);
  const live = useQuery({
    queryKey: liveKey,
    queryFn: ({ signal }) => refresh(signal),
    enabled: pagesFetchedAt !== undefined,
    initialData: EMPTY_LIVE,
    initialDataUpdatedAt: pagesFetchedAt,
    staleTime: refreshMs > 0 ? refreshMs : Infinity,
    refetchInterval: refreshMs > 0 ? refreshMs : false,
    refetchIntervalInBackground: false,
    // The next poll is the retry; a failed poll keeps the last good rows.
    retry: false,
    structuralSharing: false,
  });
  const reveal = () =>
    client.setQueryData<LiveState>(liveKey, (s) => s && revealPending(s));
  const onRangeChange = (range: VisibleRange) => {
    view.current = range;
    if (range.atTop && live.data.pending.length > 0) reveal();
  };
  return { live, reveal, onRangeChange };
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
  const pages = useInfiniteQuery(jobPagesQuery(queue, filters));
  const firstFetchedAt = pages.data?.pages[0]?.fetchedAt;
  const { live, reveal, onRangeChange } = useLiveRefresh(
    queue,
    filters,
    refreshMs,
    firstFetchedAt,
  );
  const rows = useMemo(
    () => buildRows(pages.data?.pages ?? [], live.data),
    [pages.data, live.data],
  );

  return {
    rows,
    pages,
    live,
    newJobs: live.data.pending.length,
    showNewJobs: reveal,
    onRangeChange,
    scanLimitReached:
      pages.data?.pages.at(-1)?.search.scanLimitReached ?? false,
    updatedAt: Math.max(firstFetchedAt ?? 0, live.dataUpdatedAt) || undefined,
  };
}
