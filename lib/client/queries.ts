import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";

import type {
  JobDetailResponse,
  JobSearch,
  JobsResponse,
  QueuesResponse,
} from "@/lib/api/contract";
import { jobSearchToParams } from "@/lib/api/job-search";
import type { Queue } from "@/lib/batch/types";
import { fetchJson } from "@/lib/client/fetch-json";
import type { CreatedRange } from "@/lib/view/created-range";
import {
  sortStatuses,
  toJobSearch,
  toNamePrefix,
  type JobFilters,
} from "@/lib/view/job-filters";

/** Runs a job search; the browser fetches, the server calls lib/server. */
export type SearchJobs = (
  search: JobSearch,
  signal?: AbortSignal,
) => Promise<JobsResponse>;

/** Lists the service-job queues. */
export type ListQueues = (signal?: AbortSignal) => Promise<Queue[]>;

/** `GET /api/jobs` from the browser. */
export const fetchJobs: SearchJobs = (search, signal) =>
  fetchJson<JobsResponse>(`/api/jobs?${jobSearchToParams(search)}`, signal);

/** `GET /api/queues` from the browser. */
export const fetchQueues: ListQueues = async (signal) =>
  (await fetchJson<QueuesResponse>("/api/queues", signal)).queues;

/** The filters as they go into a query key: one spelling per meaning. */
export function filterKey(filters: JobFilters) {
  return {
    statuses: sortStatuses(filters.statuses),
    // "llama3" and "llama3*" run the same prefix search: one cache entry.
    name: toNamePrefix(filters.name)?.toLowerCase() ?? null,
    share: filters.share || null,
    created: filters.created,
    from: filters.created ? null : filters.from,
    to: filters.created ? null : filters.to,
  };
}

/** Query keys, from general to specific. */
export const queryKeys = {
  queues: () => ["queues"] as const,
  jobs: (queue: string) => ["jobs", queue] as const,
  jobList: (queue: string, filters: JobFilters) =>
    ["jobs", queue, filterKey(filters)] as const,
  jobPages: (queue: string, filters: JobFilters) =>
    [...queryKeys.jobList(queue, filters), "pages"] as const,
  jobLive: (queue: string, filters: JobFilters) =>
    [...queryKeys.jobList(queue, filters), "live"] as const,
  job: (jobId: string) => ["job", jobId] as const,
};

/** The service-job queues. */
export function queuesQuery() {
  return queryOptions({
    queryKey: queryKeys.queues(),
    queryFn: ({ signal }) => fetchQueues(signal),
    staleTime: 60_000,
  });
}

/** One page of a job search, with the bounds it was searched with. */
export interface JobPage extends JobsResponse {
  /** Created-at bounds, fixed when the first page was read. */
  range: CreatedRange;
  fetchedAt: number;
}

/** Where the next page starts; null for the first page. */
export type JobPageParam = { cursor: string; range: CreatedRange } | null;

/** Reads one page; a preset range is resolved once, on the first page. */
export async function loadJobPage(
  queue: string,
  filters: JobFilters,
  param: JobPageParam,
  search: SearchJobs,
  signal?: AbortSignal,
): Promise<JobPage> {
  const first = toJobSearch(queue, filters, Date.now());
  const range = param?.range ?? {
    createdAfter: first.createdAfter,
    createdBefore: first.createdBefore,
  };
  const request = { ...first, ...range, cursor: param?.cursor };
  const response = await search(request, signal);
  return { ...response, range, fetchedAt: Date.now() };
}

/**
 * The pages of a queue's job list. Pages are never refetched: the live
 * refresh reads only the head and the rows on screen (useLiveJobs). The
 * server prefetches the first page with the same key and its own queryFn.
 */
export function jobPagesQuery(queue: string, filters: JobFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.jobPages(queue, filters),
    queryFn: ({ pageParam, signal }) =>
      loadJobPage(queue, filters, pageParam, fetchJobs, signal),
    initialPageParam: null as JobPageParam,
    getNextPageParam: (last): JobPageParam | undefined =>
      last.nextCursor
        ? { cursor: last.nextCursor, range: last.range }
        : undefined,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** `GET /api/jobs/{jobId}`. */
export function jobDetailQuery(jobId: string) {
  return queryOptions({
    queryKey: queryKeys.job(jobId),
    queryFn: async ({ signal }) => {
      const url = `/api/jobs/${encodeURIComponent(jobId)}`;
      return (await fetchJson<JobDetailResponse>(url, signal)).job;
    },
    staleTime: 10_000,
  });
}
