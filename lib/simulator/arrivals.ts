/**
 * The demo teams' submissions: a fixed number of jobs spread over the
 * history window, then a steady live stream. Run times are scaled to each
 * queue's arrival rate so that queues stay roughly 60-85 % busy whatever
 * the job count.
 */
import type { Lifecycle } from "./lifecycle";
import type { Rng } from "./random";
import {
  newJob,
  type QueueRuntime,
  type RetryStrategy,
  type SimJob,
} from "./state";
import { draftSweep } from "./workload";
import { weightedMean } from "./world";

/** What the generator needs to know about the world it fills. */
export interface ArrivalPlan {
  jobs: number;
  startTime: number;
  historyMs: number;
}

const TARGET_BUSY = 0.78;
/** Mean STARTING time (outcomes.ts), which also holds instances. */
const MEAN_STARTUP_MS = 142_000;
/** Live demo: something should happen every few seconds at speed 1. */
const LIVE_MEAN_GAP_MS = 25_000;

/** The retry rules sagemaker-python-sdk applies by default. */
const SDK_RETRY: RetryStrategy = {
  attempts: 3,
  evaluateOnExit: [
    {
      action: "RETRY",
      onStatusReason: "Received status from SageMaker: InternalServerError*",
    },
    { action: "EXIT", onStatusReason: "*" },
  ],
};

const TERMINATE_REASONS = [
  "Cancelled by user: superseded by a newer run",
  "Stopped from the dashboard: wrong dataset version",
  "Cancelled by user: loss diverged",
];

function meanRunMs(queue: QueueRuntime, gapMs: number): number {
  const spec = queue.spec;
  const meanInstances = weightedMean(spec.instanceCounts);
  const holdMs = (TARGET_BUSY * spec.maxCapacity * gapMs) / meanInstances;
  return Math.max(120_000, holdMs - MEAN_STARTUP_MS);
}

/**
 * An arrival time in the window, denser in the working day (peak 15:00
 * UTC) so queues back up in the afternoon and drain overnight.
 */
function daytimeArrival(rng: Rng, begin: number, windowMs: number): number {
  for (;;) {
    const t = Math.floor(begin + rng.next() * windowMs);
    const hour = (t % 86_400_000) / 3_600_000;
    const density = 1 + 0.7 * Math.cos((2 * Math.PI * (hour - 15)) / 24);
    if (rng.next() * 1.7 < density) return t;
  }
}

/** Splits `total` jobs across queues by share, summing exactly to total. */
function jobCounts(queues: QueueRuntime[], total: number): number[] {
  const raw = queues.map((q) => q.spec.jobShare * total);
  const counts = raw.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => [r - Math.floor(r), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Schedules every arrival of the history and the live stream. */
export function scheduleArrivals(
  engine: Lifecycle,
  rng: Rng,
  queues: QueueRuntime[],
  plan: ArrivalPlan,
): void {
  const sources = queues.filter((q) => q.spec.jobShare > 0);
  const counts = jobCounts(sources, plan.jobs);
  sources.forEach((queue, i) => {
    const n = counts[i] ?? 0;
    const windowMs = plan.historyMs * queue.spec.activeFraction;
    const begin = plan.startTime - plan.historyMs;
    const times = Float64Array.from({ length: n }, () =>
      daytimeArrival(rng, begin, windowMs),
    ).sort();
    const historyGap = windowMs / Math.max(1, n);
    const liveGap = Math.min(
      historyGap,
      LIVE_MEAN_GAP_MS / queue.spec.jobShare,
    );
    const stream = { queue, times, historyGap, liveGap, plan };
    const first =
      times[0] ?? plan.startTime + 1 + Math.floor(rng.exponential(liveGap));
    engine.at(first, (t) => arrive(engine, rng, stream, 0, t));
  });
}

interface Stream {
  queue: QueueRuntime;
  times: Float64Array;
  historyGap: number;
  liveGap: number;
  plan: ArrivalPlan;
}

/** A sweep: 1 job most of the time, else 2-6 siblings at once. */
function sweepSize(rng: Rng): number {
  return rng.chance(0.6) ? 1 : rng.int(2, 6);
}

function arrive(
  engine: Lifecycle,
  rng: Rng,
  s: Stream,
  i: number,
  time: number,
) {
  const live = i >= s.times.length;
  const gap = live ? s.liveGap : s.historyGap;
  const size = live
    ? sweepSize(rng)
    : Math.min(sweepSize(rng), s.times.length - i);
  const jobs = createSweep(rng, s.queue, time, size, meanRunMs(s.queue, gap));
  for (const job of jobs) {
    engine.submit(job);
    if (rng.chance(0.015)) {
      const reason = rng.pick(TERMINATE_REASONS);
      const after = Math.round(rng.exponential(3_600_000));
      engine.at(time + after, (t) => engine.terminate(job, reason, t));
    }
  }
  const next = s.times[i + size];
  if (next !== undefined) {
    engine.at(next, (t) => arrive(engine, rng, s, i + size, t));
  } else if (s.queue.spec.state === "ENABLED") {
    const from = Math.max(time, s.plan.startTime);
    const at = from + rng.exponential(s.liveGap * size);
    engine.at(Math.floor(at) + 1, (t) => arrive(engine, rng, s, i + size, t));
  }
}

function createSweep(
  rng: Rng,
  queue: QueueRuntime,
  time: number,
  size: number,
  meanRun: number,
): SimJob[] {
  const spec = queue.spec;
  const share = spec.shares
    ? rng.weighted(spec.shares.map((s) => [s.id, s.weight] as const))
    : undefined;
  const family =
    share === "nlp"
      ? rng.pick(["llm", "nlp"])
      : (share ?? rng.pick(spec.families));
  const drafts = draftSweep(rng, family, time, size, {
    instanceType: rng.weighted(spec.instanceTypes),
    instanceCount: rng.weighted(spec.instanceCounts),
  });
  const priority = share
    ? rng.weighted([
        [10, 5],
        [50, 3],
        [90, 1],
      ] as const)
    : undefined;
  const retry = rng.chance(0.45) ? SDK_RETRY : undefined;
  return drafts.map((draft) =>
    newJob({
      jobId: rng.uuid(),
      jobName: draft.name,
      queue,
      createdAt: time,
      instanceCount: draft.instanceCount,
      shareIdentifier: share,
      schedulingPriority: priority,
      retryStrategy: retry,
      draft,
      meanRunMs: meanRun,
    }),
  );
}
