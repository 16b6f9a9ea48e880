/** Assembles one simulator: seeded world, engine, clock and HTTP handler. */
import type { JobDetail } from "@/lib/batch/types";
import { buildQueues, jobArnPrefix, trainingArnFactory } from "./account";
import { scheduleArrivals } from "./arrivals";
import { createClock } from "./clock";
import type { SimContext } from "./context";
import type { FaultOptions } from "./faults";
import {
  createHttpHandler,
  type SimRequest,
  type SimResponse,
} from "./http-adapter";
import { Lifecycle } from "./lifecycle";
import { indexName } from "./name-index";
import { TokenCodec } from "./pagination";
import { Rng } from "./random";
import { compareKey, JobStore, type SimJob } from "./state";
import { toDetail } from "./views";

/** How to build a simulator; every member has a default. */
export interface SimulatorOptions {
  /** Default 7; the same seed and startTime give an identical world. */
  seed?: number;
  /** Jobs in the generated history across all queues, default 5000. */
  jobs?: number;
  /** Simulated seconds per real second, default 1; 0 freezes the clock. */
  speed?: number;
  /** Epoch ms that is "now" when the simulator is created. */
  startTime?: number;
  /** Length of the generated history, default 14 days. */
  historyDays?: number;
  region?: string;
  accountId?: string;
  /** Injected failures and latency; none by default. */
  faults?: FaultOptions;
}

/** A running simulator of the Batch service-job API. */
export interface Simulator {
  /** The one entry point, used in-process and by the HTTP server. */
  handle(request: SimRequest): Promise<SimResponse>;
  /** Current simulated epoch ms. */
  now(): number;
  /** Moves simulated time forward, also when the clock is frozen. */
  advance(ms: number): void;
  /** Every job (or one queue's, by name or ARN) as of now, newest first. */
  jobs(queue?: string): JobDetail[];
  queueNames(): { serviceQueues: string[]; otherQueues: string[] };
}

const DAY_MS = 86_400_000;

function checkOptions(o: Required<Omit<SimulatorOptions, "faults">>): void {
  if (!Number.isInteger(o.jobs) || o.jobs < 0)
    throw new RangeError("jobs must be an integer >= 0");
  if (!Number.isFinite(o.speed) || o.speed < 0)
    throw new RangeError("speed must be >= 0");
  if (!(o.historyDays > 0)) throw new RangeError("historyDays must be > 0");
  if (!Number.isFinite(o.startTime))
    throw new RangeError("startTime must be epoch ms");
}

function withDefaults(options: SimulatorOptions) {
  const o = {
    seed: options.seed ?? 7,
    jobs: options.jobs ?? 5000,
    speed: options.speed ?? 1,
    startTime: Math.floor(options.startTime ?? Date.now()),
    historyDays: options.historyDays ?? 14,
    region: options.region ?? "us-east-1",
    accountId: options.accountId ?? "123456789012",
  };
  checkOptions(o);
  return o;
}

/** The seeded world with its history generated up to `startTime`. */
function buildWorld(o: ReturnType<typeof withDefaults>) {
  const account = { region: o.region, accountId: o.accountId };
  const rng = new Rng(o.seed);
  const queues = buildQueues(account);
  const store = new JobStore(queues, jobArnPrefix(account));
  store.onAdd = indexName;
  const historyMs = o.historyDays * DAY_MS;
  const arns = trainingArnFactory(account, rng);
  const engine = new Lifecycle(store, rng, arns, o.startTime - historyMs);
  const plan = { jobs: o.jobs, startTime: o.startTime, historyMs };
  scheduleArrivals(engine, rng, queues, plan);
  engine.advanceTo(o.startTime);
  return { account, store, engine };
}

function queueNames(store: JobStore) {
  const names = (service: boolean) =>
    store.queues
      .filter((q) => (q.spec.type === "SAGEMAKER_TRAINING") === service)
      .map((q) => q.spec.name);
  return { serviceQueues: names(true), otherQueues: names(false) };
}

/** Builds a simulator and generates its history up to `startTime`. */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const o = withDefaults(options);
  const { account, store, engine } = buildWorld(o);
  const clock = createClock(o.startTime, o.speed);
  const tokens = new TokenCodec();
  const clientTokens: SimContext["clientTokens"] = new Map();
  const context = (): SimContext => {
    const now = clock.now();
    engine.advanceTo(now);
    return { store, engine, account, now, tokens, clientTokens };
  };
  const detail = (job: SimJob) =>
    toDetail(job, store.jobArn(job.jobId), account);

  return {
    handle: createHttpHandler(context, options.faults),
    now: () => clock.now(),
    advance: (ms) => {
      clock.advance(ms);
      engine.advanceTo(clock.now());
    },
    jobs: (queue) => {
      context();
      return selectJobs(store, queue).map(detail);
    },
    queueNames: () => queueNames(store),
  };
}

/** One queue's jobs (none for an unknown queue) or all, newest first. */
function selectJobs(store: JobStore, queue?: string): SimJob[] {
  const lists =
    queue === undefined
      ? store.queues.map((q) => q.all)
      : [store.queue(queue)?.all ?? []];
  // Each list is ascending by (createdAt, jobId): merge them from the end.
  const cursors = lists.map((list) => list.length - 1);
  const out: SimJob[] = [];
  for (;;) {
    let best = -1;
    lists.forEach((list, i) => {
      const job = list[cursors[i] as number];
      const top = best < 0 ? undefined : lists[best]?.[cursors[best] as number];
      if (job && (!top || compareKey(job.createdAt, job.jobId, top) > 0))
        best = i;
    });
    if (best < 0) return out;
    out.push(lists[best]?.[cursors[best] as number] as SimJob);
    cursors[best] = (cursors[best] as number) - 1;
  }
}
