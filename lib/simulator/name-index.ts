/**
 * A per-queue index of jobs by lowercase name, built on the first JOB_NAME
 * query and kept up to date after that. It turns a sparse name search over
 * 100,000 jobs into a binary search instead of a full scan.
 */
import { compareKey, type QueueRuntime, type SimJob } from "./state";

function byName(a: SimJob, b: SimJob): number {
  if (a.nameLower !== b.nameLower) return a.nameLower < b.nameLower ? -1 : 1;
  return compareKey(a.createdAt, a.jobId, b);
}

/** First index whose name is >= `name`. */
function lowerBound(list: readonly SimJob[], name: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as SimJob).nameLower < name) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds a new job to the queue's name index, if the index exists. */
export function indexName(job: SimJob): void {
  const list = job.queue.byName;
  if (!list) return;
  let at = lowerBound(list, job.nameLower);
  while (at < list.length && byName(list[at] as SimJob, job) < 0) at++;
  list.splice(at, 0, job);
}

/**
 * The jobs whose lowercase name equals `name`, or starts with it when
 * `prefix` is set, sorted by (createdAt, jobId); undefined when more than
 * `limit` match, in which case a scan in time order is the faster plan.
 */
export function jobsNamed(
  queue: QueueRuntime,
  name: string,
  prefix: boolean,
  limit: number,
): SimJob[] | undefined {
  queue.byName ??= [...queue.all].sort(byName);
  const list = queue.byName;
  const from = lowerBound(list, name);
  const to = prefix
    ? lowerBound(list, name + "\uffff")
    : lowerBound(list, name + "\u0000");
  if (to - from > limit) return undefined;
  return list
    .slice(from, to)
    .sort((a, b) => compareKey(a.createdAt, a.jobId, b));
}
