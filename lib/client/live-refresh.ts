import type { JobSearch } from "@/lib/api/contract";
import type { SearchJobs } from "@/lib/client/queries";
import { toJobSearch, type JobFilters } from "@/lib/view/job-filters";
import type { CreatedRange } from "@/lib/view/created-range";
import type { Refresh } from "@/lib/view/live-job-list";

/** Jobs read from the head of the list on each refresh. */
export const HEAD_SIZE = 50;

// A screenful is rarely over 100 jobs, but without the status filter the
// window can hold more; a few pages cover it without a long scan.
const MAX_WINDOW_PAGES = 3;

async function readWindow(
  search: JobSearch,
  run: SearchJobs,
  signal?: AbortSignal,
): Promise<Refresh> {
  const jobs = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_WINDOW_PAGES; page++) {
    const answer = await run({ ...search, cursor }, signal);
    jobs.push(...answer.jobs);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return { jobs, fetchedAt: Date.now(), source: "window" };
}

/**
 * One live refresh: the head of the search (same filters) and, when the
 * user is scrolled down, the rows on screen (same name and share, any
 * status, createdAt within the visible rows).
 */
export async function readRefresh(
  queue: string,
  filters: JobFilters,
  window: CreatedRange | undefined,
  run: SearchJobs,
  signal?: AbortSignal,
): Promise<Refresh[]> {
  const search = toJobSearch(queue, filters, Date.now());
  const head = run({ ...search, limit: HEAD_SIZE }, signal).then(
    (answer): Refresh => ({
      jobs: answer.jobs,
      fetchedAt: Date.now(),
      source: "head",
    }),
  );
  if (!window) return [await head];

  const windowSearch = { ...search, statuses: [], ...window, limit: 100 };
  return Promise.all([head, readWindow(windowSearch, run, signal)]);
}
