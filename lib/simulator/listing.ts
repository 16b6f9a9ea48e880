/**
 * The ListServiceJobs query engine. A page is computed against a snapshot
 * version V0 (taken at the first page of a chain): it returns the jobs that
 * existed and matched at V0, newest first, after a position key. Jobs that
 * change status later keep their place, and jobs created after V0 never
 * appear, so one chain neither repeats nor skips a job.
 */
import type { JobStatus } from "@/lib/batch/types";
import { jobsNamed } from "./name-index";
import {
  compareKey,
  isTerminal,
  statusAt,
  upperBound,
  type QueueRuntime,
  type SimJob,
} from "./state";

/** The filter names ListServiceJobs accepts (case-sensitive). */
export const FILTER_NAMES = [
  "JOB_NAME",
  "BEFORE_CREATED_AT",
  "AFTER_CREATED_AT",
  "SHARE_IDENTIFIER",
  "QUOTA_SHARE_NAME",
] as const;

/** One of FILTER_NAMES. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** A validated ListServiceJobs query. */
export interface ListQuery {
  queue: QueueRuntime;
  /** Undefined means every status. */
  status?: JobStatus;
  filter?: { name: FilterName; value: string };
}

/** The last job of the previous page. */
export interface Position {
  createdAt: number;
  jobId: string;
}

function filterTest(query: ListQuery): (job: SimJob) => boolean {
  const filter = query.filter;
  if (!filter) return () => true;
  const value = filter.value;
  switch (filter.name) {
    case "JOB_NAME": {
      const lower = value.toLowerCase();
      if (!lower.endsWith("*")) return (job) => job.nameLower === lower;
      const prefix = lower.slice(0, -1);
      return (job) => job.nameLower.startsWith(prefix);
    }
    // Both bounds are inclusive (AWS does not document it).
    case "BEFORE_CREATED_AT":
      return (job) => job.createdAt <= Number(value);
    case "AFTER_CREATED_AT":
      return (job) => job.createdAt >= Number(value);
    case "SHARE_IDENTIFIER":
      return (job) => job.shareIdentifier === value;
    case "QUOTA_SHARE_NAME":
      // No demo queue has a quota-share policy, so nothing carries one.
      return () => false;
  }
}

function matcher(query: ListQuery, version: number) {
  const test = filterTest(query);
  const status = query.status;
  return (job: SimJob) =>
    job.createdVersion <= version &&
    (status === undefined || statusAt(job, version) === status) &&
    test(job);
}

/** Index of the newest job in `list` strictly older than `after`. */
function startIndex(list: readonly SimJob[], after?: Position): number {
  if (!after) return list.length - 1;
  return upperBound(list, after.createdAt, after.jobId) - 1;
}

function isAfter(job: SimJob, after?: Position): boolean {
  return !after || compareKey(after.createdAt, after.jobId, job) > 0;
}

/** Walks `list` newest-first from `after`, collecting up to `limit`. */
function walk(
  list: readonly SimJob[],
  query: ListQuery,
  match: (job: SimJob) => boolean,
  after: Position | undefined,
  limit: number,
): SimJob[] {
  const out: SimJob[] = [];
  let i = startIndex(list, after);
  if (query.filter?.name === "BEFORE_CREATED_AT") {
    const bound = Number(query.filter.value);
    i = Math.min(i, upperBound(list, bound, "\uffff") - 1);
  }
  const floor =
    query.filter?.name === "AFTER_CREATED_AT"
      ? Number(query.filter.value)
      : -Infinity;
  for (; i >= 0 && out.length < limit; i--) {
    const job = list[i] as SimJob;
    if (job.createdAt < floor) break;
    if (isAfter(job, after) && match(job)) out.push(job);
  }
  return out;
}

/**
 * Jobs in a non-terminal status at V0 are either still active or finished
 * after V0; reading those two small sets avoids scanning the whole queue.
 */
function activeCandidates(queue: QueueRuntime, version: number): SimJob[] {
  const finished = queue.finished;
  let lo = 0;
  let hi = finished.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((finished[mid]?.version ?? 0) <= version) lo = mid + 1;
    else hi = mid;
  }
  const recent = finished.slice(lo).map((entry) => entry.job);
  if (recent.length === 0) return queue.active;
  return [...queue.active, ...recent].sort((a, b) =>
    compareKey(a.createdAt, a.jobId, b),
  );
}

/** A list, ascending by key, that holds every possible match. */
function candidates(query: ListQuery, version: number): readonly SimJob[] {
  const status = query.status;
  if (status !== undefined && !isTerminal(status)) {
    return activeCandidates(query.queue, version);
  }
  const filter = query.filter;
  if (filter?.name === "JOB_NAME") {
    const lower = filter.value.toLowerCase();
    const prefix = lower.endsWith("*");
    const name = prefix ? lower.slice(0, -1) : lower;
    return jobsNamed(query.queue, name, prefix, 2_000) ?? query.queue.all;
  }
  return query.queue.all;
}

/** One page of matches at `version`, plus whether more exist. */
export function listPage(
  query: ListQuery,
  version: number,
  after: Position | undefined,
  limit: number,
): { jobs: SimJob[]; more: boolean } {
  const match = matcher(query, version);
  const list = candidates(query, version);
  const jobs = walk(list, query, match, after, limit + 1);
  const more = jobs.length > limit;
  return { jobs: more ? jobs.slice(0, limit) : jobs, more };
}
