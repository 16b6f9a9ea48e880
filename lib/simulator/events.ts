/** The events on the lifecycle heap. */
import type { Timed } from "./heap";
import type { AttemptFailure } from "./outcomes";
import type { QueueRuntime, SimJob } from "./state";

/** The step a job event moves a job to. */
export type JobStep = "runnable" | "starting" | "running" | "finish";

/** A step of one job; stale once the job's epoch has moved on. */
export interface JobEvent extends Timed {
  kind: JobStep;
  job: SimJob;
  epoch: number;
  failure?: AttemptFailure;
  runMs?: number;
}

/** A dispatch pass over one queue. */
export interface QueueEvent extends Timed {
  kind: "dispatch";
  queue: QueueRuntime;
}

/** Any other work due at a time (arrivals, scripted terminations). */
export interface TaskEvent extends Timed {
  kind: "task";
  run: (time: number) => void;
}

/** Anything on the heap. */
export type SimEvent = JobEvent | QueueEvent | TaskEvent;
