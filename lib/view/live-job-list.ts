import type { JobSummary } from "@/lib/batch/types";
import { isTimestamp } from "@/lib/format/time";

/**
 * Merges live refreshes into a job list that is loaded page by page.
 *
 * The loaded pages are never re-read. A refresh brings the head of the
 * search (its first page) and, when the user is scrolled down, the rows on
 * screen; this module folds them in so that loaded rows change in place,
 * jobs newer than everything loaded go on top (or wait behind an "N new
 * jobs" button), and no job appears twice or disappears.
 */

/** A job with the time its data was read, so the newest copy wins. */
export interface VersionedJob {
  job: JobSummary;
  readAt: number;
}

/** What live refreshes added to the loaded pages. */
export interface LiveState {
  /** New jobs shown above the loaded pages, newest first. */
  shown: VersionedJob[];
  /** New jobs found while the user was scrolled down, newest first. */
  pending: VersionedJob[];
  /** Fresher copies of loaded rows, by jobId. */
  updates: Record<string, VersionedJob>;
}

/** Nothing refreshed yet. */
export const EMPTY_LIVE: LiveState = { shown: [], pending: [], updates: {} };

/** One loaded page of the job list. */
export interface LoadedPage {
  jobs: JobSummary[];
  fetchedAt: number;
}

/** The answer of one refresh query. */
export interface Refresh {
  jobs: JobSummary[];
  fetchedAt: number;
  /** `head` may bring new jobs; `window` only updates rows on screen. */
  source: "head" | "window";
}

function newer(a: VersionedJob | undefined, b: VersionedJob) {
  return a === undefined || b.readAt >= a.readAt ? b : a;
}

/** The rows to show: new jobs, then the pages, once each, newest copy. */
export function buildRows(
  pages: readonly LoadedPage[],
  live: LiveState,
): JobSummary[] {
  const best = new Map<string, VersionedJob>();
  const consider = (entry: VersionedJob) => {
    best.set(entry.job.jobId, newer(best.get(entry.job.jobId), entry));
  };

  live.shown.forEach(consider);
  for (const page of pages) {
    for (const job of page.jobs) consider({ job, readAt: page.fetchedAt });
  }
  for (const [jobId, update] of Object.entries(live.updates)) {
    if (best.has(jobId)) consider(update);
  }
  return [...best.values()].map((entry) => entry.job);
}

function newestCreatedAt(jobs: Iterable<JobSummary>): number | undefined {
  let newest: number | undefined;
  for (const { createdAt } of jobs) {
    if (isTimestamp(createdAt) && (newest === undefined || createdAt > newest))
      newest = createdAt;
  }
  return newest;
}

function replaceIn(list: VersionedJob[], entry: VersionedJob) {
  return list.map((item) =>
    item.job.jobId === entry.job.jobId ? newer(item, entry) : item,
  );
}

function byCreatedDesc(a: VersionedJob, b: VersionedJob) {
  return (b.job.createdAt ?? 0) - (a.job.createdAt ?? 0);
}

interface Known {
  loaded: Set<string>;
  shown: Set<string>;
  pending: Set<string>;
  /** Newest createdAt of anything on the list; undefined when empty. */
  newest: number | undefined;
  empty: boolean;
}

function knownJobs(pages: readonly LoadedPage[], live: LiveState): Known {
  const loadedJobs = pages.flatMap((page) => page.jobs);
  const extra = [...live.shown, ...live.pending].map((entry) => entry.job);
  return {
    loaded: new Set(loadedJobs.map((job) => job.jobId)),
    shown: new Set(live.shown.map((entry) => entry.job.jobId)),
    pending: new Set(live.pending.map((entry) => entry.job.jobId)),
    newest: newestCreatedAt([...loadedJobs, ...extra]),
    empty: loadedJobs.length === 0 && extra.length === 0,
  };
}

// Under a JOB_NAME filter AWS groups results by name, so createdAt is not
// strictly descending: "new" means newer than everything on the list, not
// "above the first row". A job without createdAt cannot be placed; paging
// will find it if it belongs to the search.
function isNewJob(job: JobSummary, known: Known): boolean {
  if (known.empty) return true;
  if (!isTimestamp(job.createdAt) || known.newest === undefined) return false;
  return job.createdAt >= known.newest;
}

/**
 * Folds refresh answers into the live state. `atTop` says whether the user
 * sees the top of the list: new jobs then show at once, else they wait.
 */
export function applyRefresh(
  live: LiveState,
  pages: readonly LoadedPage[],
  refreshes: readonly Refresh[],
  atTop: boolean,
): LiveState {
  const known = knownJobs(pages, live);
  let { shown, pending } = live;
  const updates = { ...live.updates };
  const found = new Map<string, VersionedJob>();

  for (const { jobs, fetchedAt, source } of refreshes) {
    for (const job of jobs) {
      const entry = { job, readAt: fetchedAt };
      const id = job.jobId;
      if (known.shown.has(id)) shown = replaceIn(shown, entry);
      else if (known.pending.has(id)) pending = replaceIn(pending, entry);
      else if (known.loaded.has(id)) updates[id] = newer(updates[id], entry);
      else if (source === "head" && isNewJob(job, known))
        found.set(id, newer(found.get(id), entry));
    }
  }
  const fresh = [...found.values()].sort(byCreatedDesc);
  if (atTop)
    return { shown: [...fresh, ...pending, ...shown], pending: [], updates };
  return { shown, pending: [...fresh, ...pending], updates };
}

/** Shows the jobs waiting behind the "N new jobs" button. */
export function revealPending(live: LiveState): LiveState {
  if (live.pending.length === 0) return live;
  return { ...live, shown: [...live.pending, ...live.shown], pending: [] };
}

/** The createdAt bounds of rows `first`..`last`, for a window refresh. */
export function createdWindow(
  rows: readonly JobSummary[],
  first: number,
  last: number,
): { createdAfter: number; createdBefore: number } | undefined {
  let min: number | undefined;
  let max: number | undefined;
  for (const { createdAt } of rows.slice(Math.max(0, first), last + 1)) {
    if (!isTimestamp(createdAt)) continue;
    min = min === undefined ? createdAt : Math.min(min, createdAt);
    max = max === undefined ? createdAt : Math.max(max, createdAt);
  }
  if (min === undefined || max === undefined) return undefined;
  return { createdAfter: min, createdBefore: max };
}
