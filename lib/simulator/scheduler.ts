/**
 * The RUNNABLE backlog of each queue and the choice of what to dispatch.
 * FIFO queues keep one lane; fair-share queues keep one lane per share
 * identifier and serve the share furthest below its weight first.
 */
import type { QueueRuntime, SimJob } from "./state";

/** Only fair-share queues honour schedulingPriority. */
function priority(job: SimJob): number {
  return job.queue.spec.shares ? (job.schedulingPriority ?? 0) : 0;
}

/** Dispatch order inside a lane: higher priority, then older, then ID. */
function runsBefore(a: SimJob, b: SimJob): boolean {
  const pa = priority(a);
  const pb = priority(b);
  if (pa !== pb) return pa > pb;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.jobId < b.jobId;
}

/** What one dispatch pass decided. */
export interface DispatchPlan {
  jobs: SimJob[];
  /** The earliest time a job held back by a bounce becomes eligible. */
  wakeAt?: number;
}

/** Holds every queue's RUNNABLE jobs in dispatch order. */
export class Scheduler {
  private lanes = new Map<QueueRuntime, Map<string, SimJob[]>>();

  add(job: SimJob): void {
    const lane = this.lane(job);
    let at = lane.length;
    while (at > 0 && runsBefore(job, lane[at - 1] as SimJob)) at--;
    lane.splice(at, 0, job);
  }

  remove(job: SimJob): void {
    const lane = this.lane(job);
    const at = lane.indexOf(job);
    if (at >= 0) lane.splice(at, 1);
  }

  /**
   * Picks jobs to dispatch at `now`. Optimistic, as Batch is: only capacity
   * already acquired (STARTING and RUNNING) counts, not SCHEDULED jobs, so
   * a job may bounce later when it tries to start.
   */
  plan(queue: QueueRuntime, now: number): DispatchPlan {
    const free = queue.spec.maxCapacity - queue.acquired;
    // A full environment dispatches nothing; most passes end here.
    if (free <= 0) return { jobs: [] };
    return this.walk(queue, now, free, Infinity);
  }

  /** The first `limit` RUNNABLE jobs in the order they would dispatch. */
  front(queue: QueueRuntime, limit: number): SimJob[] {
    return this.walk(queue, Infinity, Infinity, limit).jobs;
  }

  /** Rewrites a job's priority, keeping its lane in dispatch order. */
  reprioritize(job: SimJob, schedulingPriority: number): void {
    const waiting = this.lane(job).includes(job);
    if (waiting) this.remove(job);
    job.schedulingPriority = schedulingPriority;
    if (waiting) this.add(job);
  }

  private walk(
    queue: QueueRuntime,
    now: number,
    capacity: number,
    limit: number,
  ): DispatchPlan {
    const lanes = [...(this.lanes.get(queue)?.entries() ?? [])];
    const cursors = lanes.map(() => 0);
    const usage = new Map(queue.acquiredByShare);
    const result: DispatchPlan = { jobs: [] };
    let free = capacity;
    while (result.jobs.length < limit) {
      const pick = this.nextLane(queue, lanes, cursors, usage, now, result);
      if (pick < 0) break;
      const [share, lane] = lanes[pick] as [string, SimJob[]];
      const job = lane[cursors[pick] as number] as SimJob;
      // Head-of-line: the best candidate waits for capacity, so do all.
      if (job.instanceCount > free) break;
      free -= job.instanceCount;
      usage.set(share, (usage.get(share) ?? 0) + job.instanceCount);
      result.jobs.push(job);
      cursors[pick] = (cursors[pick] as number) + 1;
    }
    return result;
  }

  private nextLane(
    queue: QueueRuntime,
    lanes: [string, SimJob[]][],
    cursors: number[],
    usage: Map<string, number>,
    now: number,
    result: DispatchPlan,
  ): number {
    let best = -1;
    let bestLoad = Infinity;
    lanes.forEach(([share, lane], i) => {
      const at = this.skipWaiting(
        queue,
        lane,
        cursors[i] as number,
        now,
        result,
      );
      cursors[i] = at;
      if (at >= lane.length) return;
      const load = (usage.get(share) ?? 0) / this.weight(queue, share);
      if (load < bestLoad) [best, bestLoad] = [i, load];
    });
    return best;
  }

  /** Skips jobs in bounce back-off and jobs larger than the environment. */
  private skipWaiting(
    queue: QueueRuntime,
    lane: SimJob[],
    from: number,
    now: number,
    result: DispatchPlan,
  ): number {
    let at = from;
    for (; at < lane.length; at++) {
      const job = lane[at] as SimJob;
      if (job.instanceCount > queue.spec.maxCapacity) continue;
      if (job.eligibleAt <= now) return at;
      result.wakeAt = Math.min(result.wakeAt ?? Infinity, job.eligibleAt);
    }
    return at;
  }

  private weight(queue: QueueRuntime, share: string): number {
    return queue.spec.shares?.find((s) => s.id === share)?.weight ?? 0.05;
  }

  private lane(job: SimJob): SimJob[] {
    let lanes = this.lanes.get(job.queue);
    if (!lanes) {
      lanes = new Map();
      this.lanes.set(job.queue, lanes);
    }
    const key = job.queue.spec.shares ? (job.shareIdentifier ?? "") : "";
    let lane = lanes.get(key);
    if (!lane) {
      lane = [];
      lanes.set(key, lane);
    }
    return lane;
  }
}

/** Adds (or, negative, releases) instances held by a job's queue and share. */
export function holdInstances(job: SimJob, delta: number): void {
  const queue = job.queue;
  const share = job.shareIdentifier ?? "";
  queue.acquired += delta;
  const held = queue.acquiredByShare.get(share) ?? 0;
  queue.acquiredByShare.set(share, held + delta);
}
