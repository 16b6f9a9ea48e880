/**
 * The discrete-event engine: every status change is an event on a heap,
 * processed lazily in time order when someone asks for the current state.
 * One seeded generator feeds every draw, so a seed and start time give the
 * same history however the calls to `advanceTo` are split. PENDING is never
 * emitted: service jobs have no dependencies (whether AWS ever shows it is
 * UNVERIFIED).
 */
import type { JobEvent, JobStep, QueueEvent, SimEvent } from "./events";
import { EventHeap } from "./heap";
import {
  applyTimeout,
  ATTEMPT_SUCCESS_REASON,
  bounceBackoffMs,
  CAPACITY_REASON,
  planAttempt,
  provisionDelayMs,
  shouldRetry,
  submitDelayMs,
  SUCCESS_REASON,
} from "./outcomes";
import type { Rng } from "./random";
import { holdInstances, Scheduler } from "./scheduler";
import {
  isTerminal,
  type JobStore,
  type QueueRuntime,
  type SimJob,
} from "./state";

/** Names the SageMaker training job created for one attempt of a job. */
export type TrainingArnFactory = (job: SimJob) => string;

/** Runs the service-job lifecycle of every queue on simulated time. */
export class Lifecycle {
  private heap = new EventHeap<SimEvent>();
  private seq = 0;
  private time: number;
  private dispatchAt = new Map<QueueRuntime, number>();
  private scheduler = new Scheduler();

  constructor(
    private readonly store: JobStore,
    private readonly rng: Rng,
    private readonly trainingArn: TrainingArnFactory,
    startTime: number,
  ) {
    this.time = startTime;
  }

  /** The time up to which every event has been processed. */
  get now(): number {
    return this.time;
  }

  /** Processes every event due at or before `target`, in time order. */
  advanceTo(target: number): void {
    for (let next = this.heap.peek(); next && next.time <= target;) {
      this.heap.pop();
      this.time = next.time;
      this.handle(next);
      next = this.heap.peek();
    }
    this.time = Math.max(this.time, target);
  }

  /** Runs `run` at `time` as part of the event stream (arrivals). */
  at(time: number, run: (time: number) => void): void {
    this.heap.push({ kind: "task", time, seq: this.seq++, run });
  }

  /** Adds a new SUBMITTED job created at `job.createdAt`. */
  submit(job: SimJob): void {
    this.store.add(job);
    this.schedule(job, "runnable", job.createdAt + submitDelayMs(this.rng));
  }

  /** Stops a job for good: FAILED, `isTerminated`, capacity released. */
  terminate(job: SimJob, reason: string, time: number): void {
    if (isTerminal(job.status)) return;
    const attempt = job.attempts.at(-1);
    if (
      attempt &&
      attempt.stoppedAt === undefined &&
      job.status !== "RUNNABLE"
    ) {
      attempt.stoppedAt = time;
      attempt.statusReason = reason;
    }
    if (job.status === "STARTING" || job.status === "RUNNING") {
      this.release(job, time);
    }
    if (job.status === "RUNNABLE") this.scheduler.remove(job);
    job.isTerminated = true;
    this.stop(job, "FAILED", reason, time);
  }

  /** The first RUNNABLE jobs of a queue, in dispatch order. */
  frontOfQueue(queue: QueueRuntime, limit: number): SimJob[] {
    return this.scheduler.front(queue, limit);
  }

  /** UpdateServiceJob: a new priority also reorders a waiting job. */
  reprioritize(job: SimJob, schedulingPriority: number): void {
    this.scheduler.reprioritize(job, schedulingPriority);
  }

  private schedule(
    job: SimJob,
    kind: JobStep,
    time: number,
    extra: Pick<JobEvent, "failure" | "runMs"> = {},
  ) {
    const { failure, runMs } = extra;
    const seq = this.seq++;
    const epoch = job.epoch;
    this.heap.push({ kind, job, time, seq, epoch, failure, runMs });
  }

  private requestDispatch(queue: QueueRuntime, time: number): void {
    const pending = this.dispatchAt.get(queue);
    if (pending !== undefined && pending <= time) return;
    this.dispatchAt.set(queue, time);
    this.heap.push({ kind: "dispatch", queue, time, seq: this.seq++ });
  }

  private handle(event: SimEvent): void {
    if (event.kind === "task") return event.run(event.time);
    if (event.kind === "dispatch") return this.dispatch(event);
    if (event.epoch !== event.job.epoch) return;
    if (event.kind === "runnable") this.toRunnable(event.job, event.time);
    else if (event.kind === "starting") this.toStarting(event.job, event.time);
    else if (event.kind === "running") this.toRunning(event);
    else this.finish(event);
  }

  private toRunnable(job: SimJob, time: number, reason?: string): void {
    job.statusReason = reason;
    job.runnableSince = time;
    this.store.setStatus(job, "RUNNABLE");
    this.scheduler.add(job);
    this.requestDispatch(job.queue, Math.max(time + 1_000, job.eligibleAt));
  }

  private dispatch(event: QueueEvent): void {
    if (this.dispatchAt.get(event.queue) === event.time) {
      this.dispatchAt.delete(event.queue);
    }
    const plan = this.scheduler.plan(event.queue, event.time);
    for (const job of plan.jobs) this.toScheduled(job, event.time);
    if (plan.wakeAt !== undefined)
      this.requestDispatch(event.queue, plan.wakeAt);
  }

  private toScheduled(job: SimJob, time: number): void {
    this.scheduler.remove(job);
    job.scheduledAt = time;
    // startedAt follows the latest attempt, so it is unset until that
    // attempt reaches STARTING (UNVERIFIED which transition AWS uses).
    job.startedAt = undefined;
    job.statusReason = undefined;
    job.attempts.push({
      serviceResourceId: {
        name: "TrainingJobArn",
        value: this.trainingArn(job),
      },
    });
    this.store.setStatus(job, "SCHEDULED");
    this.schedule(job, "starting", time + provisionDelayMs(this.rng));
  }

  private toStarting(job: SimJob, time: number): void {
    const queue = job.queue;
    const full = queue.acquired + job.instanceCount > queue.spec.maxCapacity;
    if (full || this.rng.chance(queue.spec.spotShortage)) {
      return this.bounce(job, time);
    }
    holdInstances(job, job.instanceCount);
    job.startedAttempts += 1;
    job.startedAt = time;
    const attempt = job.attempts.at(-1);
    if (attempt) attempt.startedAt = time;
    this.store.setStatus(job, "STARTING");
    const timeout = job.timeoutConfig?.attemptDurationSeconds;
    const plan = applyTimeout(planAttempt(this.rng, job.meanRunMs), timeout);
    const extra = { failure: plan.failure, runMs: plan.runMs };
    const next = plan.failure?.atStartup ? "finish" : "running";
    this.schedule(job, next, time + plan.startupMs, extra);
  }

  /** No instances: back to RUNNABLE; this does not use up a retry. */
  private bounce(job: SimJob, time: number): void {
    const attempt = job.attempts.at(-1);
    if (attempt) {
      attempt.stoppedAt = time;
      attempt.statusReason = CAPACITY_REASON;
    }
    job.bounces += 1;
    job.eligibleAt = time + bounceBackoffMs(this.rng, job.bounces);
    this.toRunnable(job, time, CAPACITY_REASON);
  }

  private toRunning(event: JobEvent): void {
    this.store.setStatus(event.job, "RUNNING");
    const { failure, runMs = 0 } = event;
    this.schedule(event.job, "finish", event.time + runMs, { failure });
  }

  private finish(event: JobEvent): void {
    const { job, time, failure } = event;
    const attempt = job.attempts.at(-1);
    const reason = failure?.reason ?? ATTEMPT_SUCCESS_REASON;
    if (attempt) {
      attempt.stoppedAt = time;
      attempt.statusReason = reason;
    }
    this.release(job, time);
    if (!failure) return this.stop(job, "SUCCEEDED", SUCCESS_REASON, time);
    const retry = shouldRetry(job.retryStrategy, job.startedAttempts, reason);
    if (retry && !failure.final) {
      return this.toRunnable(job, time, reason);
    }
    this.stop(job, "FAILED", reason, time);
  }

  private stop(
    job: SimJob,
    status: "SUCCEEDED" | "FAILED",
    reason: string,
    time: number,
  ) {
    job.epoch += 1;
    job.statusReason = reason;
    job.stoppedAt = time;
    this.store.setStatus(job, status);
  }

  private release(job: SimJob, time: number): void {
    holdInstances(job, -job.instanceCount);
    this.requestDispatch(job.queue, time + 1_000);
  }
}
