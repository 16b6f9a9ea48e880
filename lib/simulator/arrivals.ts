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
import { weightedMean, type QueueSpec } from "./world";

/** What the generator needs to know about the world it fills. */
export interface ArrivalPlan {
  jobs: number;
  startTime: number;
  historyMs: number;
}

const TARGET_BUSY = 0.75;
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
    const burst =
      queue.spec.state === "ENABLED"
        ? recentBurst(rng, queue, times, plan.startTime, historyGap)
        : { start: n, end: n };
    const liveGap = Math.min(
      historyGap,
      LIVE_MEAN_GAP_MS / queue.spec.jobShare,
    );
    const stream = { queue, times, burst, historyGap, liveGap, plan };
    const first =
      times[0] ?? plan.startTime + 1 + Math.floor(rng.exponential(liveGap));
    engine.at(first, (t) => arrive(engine, rng, stream, 0, t));
  });
}

/**
 * Turns the newest arrivals into one sweep submitted a fraction of a run
 * time before "now", larger than the free capacity, so that the demo opens
 * on a queue with a RUNNABLE backlog whatever the job count.
 */
function recentBurst(
  rng: Rng,
  queue: QueueRuntime,
  times: Float64Array,
  startTime: number,
  gap: number,
): { start: number; end: number } {
  const spec = queue.spec;
  const slots =
    spec.maxCapacity / Math.min(...spec.instanceCounts.map(([n]) => n));
  // Enough slots to exceed the environment even with 1-instance jobs.
  const size = Math.min(Math.ceil(1.2 * slots), Math.floor(times.length / 8));
  if (size < 2) return { start: times.length, end: times.length };
  const ago = (0.1 + 0.3 * rng.next()) * meanRunMs(queue, gap);
  const at = Math.floor(startTime - ago);
  // Move the arrivals just before `at` onto it, which keeps times sorted.
  let end = times.length;
  while (end > 0 && (times[end - 1] as number) > at) end--;
  const start = Math.max(0, end - size);
  times.fill(at, start, end);
  return { start, end };
}

interface Stream {
  queue: QueueRuntime;
  times: Float64Array;
  /** Index range of the planned recent burst. */
  burst: { start: number; end: number };
  historyGap: number;
  liveGap: number;
  plan: ArrivalPlan;
}

/**
 * A sweep: often one job, sometimes a handful of siblings, now and then a
 * large hyper-parameter search; the large ones build the RUNNABLE backlog.
 */
function sweepSize(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.55) return 1;
  return roll < 0.87 ? rng.int(2, 6) : rng.int(8, 24);
}

function historySweep(rng: Rng, s: Stream, i: number): number {
  const { start, end } = s.burst;
  if (i === start && end > start) return end - start;
  const limit = i < start ? start - i : s.times.length - i;
  return Math.min(sweepSize(rng), limit);
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
  const wanted = live ? sweepSize(rng) : historySweep(rng, s, i);
  const fill = !live && i === s.burst.start;
  const meanRun = meanRunMs(s.queue, gap);
  const jobs = createSweep(rng, s.queue, time, wanted, meanRun, fill);
  const size = jobs.length;
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

/** Fair-share submitters mostly leave the default priority. */
const PRIORITIES = [
  [10, 5],
  [50, 3],
  [90, 1],
] as const;

/** Who submits: a share (fair-share queues) and a workload family. */
function pickTeam(rng: Rng, spec: QueueSpec) {
  const share = spec.shares
    ? rng.weighted(spec.shares.map((s) => [s.id, s.weight] as const))
    : undefined;
  const family =
    share === "nlp"
      ? rng.pick(["llm", "nlp"])
      : (share ?? rng.pick(spec.families));
  return { share, family };
}

function createSweep(
  rng: Rng,
  queue: QueueRuntime,
  time: number,
  wanted: number,
  meanRun: number,
  /** A burst: only as many jobs as it takes to overfill the environment. */
  fill = false,
): SimJob[] {
  const spec = queue.spec;
  const { share, family } = pickTeam(rng, spec);
  const shape = {
    instanceType: rng.weighted(spec.instanceTypes),
    instanceCount: rng.weighted(spec.instanceCounts),
  };
  const overfill = Math.ceil(spec.maxCapacity / shape.instanceCount);
  const size = fill ? Math.min(wanted, overfill, 24) : wanted;
  const drafts = draftSweep(rng, family, time, size, shape);
  const priority = share ? rng.weighted(PRIORITIES) : undefined;
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
