/**
 * The job store: every job with its status history, plus the per-queue
 * orderings that keep listing fast with 100,000 jobs in one queue.
 */
import type { JobAttempt, JobStatus } from "@/lib/batch/types";
import type { JobDraft } from "./workload";
import type { QueueSpec } from "./world";

/** A status a job entered, stamped with the store version of the change. */
export interface HistoryEntry {
  version: number;
  status: JobStatus;
}

/** The retry rules of a job, as submitted. */
export interface RetryStrategy {
  attempts: number;
  evaluateOnExit?: { action: string; onStatusReason?: string }[];
}

/** One service job as the simulator keeps it. */
export interface SimJob {
  jobId: string;
  jobName: string;
  nameLower: string;
  queue: QueueRuntime;
  createdAt: number;
  createdVersion: number;
  status: JobStatus;
  statusReason?: string;
  scheduledAt?: number;
  startedAt?: number;
  stoppedAt?: number;
  attempts: JobAttempt[];
  isTerminated: boolean;
  instanceCount: number;
  shareIdentifier?: string;
  schedulingPriority?: number;
  retryStrategy?: RetryStrategy;
  timeoutConfig?: { attemptDurationSeconds?: number };
  /** Submitted payload and tags; generated jobs rebuild them from `draft`. */
  payload?: string;
  tags?: Record<string, string>;
  draft?: JobDraft;
  history: HistoryEntry[];
  /** Bumped when pending lifecycle events of this job must be ignored. */
  epoch: number;
  /** A bounced job is not dispatched again before this time. */
  eligibleAt: number;
  /** Attempts that acquired capacity; these count against retries. */
  startedAttempts: number;
  /** Capacity bounces so far; each one lengthens the next back-off. */
  bounces: number;
  /** When the job last entered RUNNABLE (GetJobQueueSnapshot). */
  runnableSince: number;
  /** Mean run time for this job, set from the arrival rate at submit. */
  meanRunMs: number;
}

/** The members a caller must give to create a job. */
export type NewJob = Pick<
  SimJob,
  "jobId" | "jobName" | "queue" | "createdAt" | "instanceCount" | "meanRunMs"
> &
  Partial<
    Pick<
      SimJob,
      | "shareIdentifier"
      | "schedulingPriority"
      | "retryStrategy"
      | "timeoutConfig"
      | "payload"
      | "tags"
      | "draft"
    >
  >;

/**
 * A SUBMITTED job with every member present from the start: one object
 * shape for all jobs keeps V8's property access fast when a listing scans
 * 100,000 of them.
 */
export function newJob(fields: NewJob): SimJob {
  return {
    jobId: fields.jobId,
    jobName: fields.jobName,
    nameLower: fields.jobName.toLowerCase(),
    queue: fields.queue,
    createdAt: fields.createdAt,
    createdVersion: 0,
    status: "SUBMITTED",
    statusReason: undefined,
    scheduledAt: undefined,
    startedAt: undefined,
    stoppedAt: undefined,
    attempts: [],
    isTerminated: false,
    instanceCount: fields.instanceCount,
    shareIdentifier: fields.shareIdentifier,
    schedulingPriority: fields.schedulingPriority,
    retryStrategy: fields.retryStrategy,
    timeoutConfig: fields.timeoutConfig,
    payload: fields.payload,
    tags: fields.tags,
    draft: fields.draft,
    history: [],
    epoch: 0,
    eligibleAt: 0,
    startedAttempts: 0,
    bounces: 0,
    runnableSince: 0,
    meanRunMs: fields.meanRunMs,
  };
}

/** A queue and its service environment, with live scheduling state. */
export interface QueueRuntime {
  spec: QueueSpec;
  arn: string;
  environmentArn: string;
  schedulingPolicyArn?: string;
  /** Every job, ascending by (createdAt, jobId). */
  all: SimJob[];
  /** Jobs not yet SUCCEEDED or FAILED, ascending by (createdAt, jobId). */
  active: SimJob[];
  /** Jobs in the order they reached a terminal status, with the version. */
  finished: { version: number; job: SimJob }[];
  /** Jobs by lowercase name, built on the first JOB_NAME query. */
  byName?: SimJob[];
  /** Instances held by STARTING and RUNNING jobs. */
  acquired: number;
  acquiredByShare: Map<string, number>;
}

/** Orders jobs by (createdAt, jobId); listings read it backwards. */
export function compareKey(
  createdAt: number,
  jobId: string,
  other: SimJob,
): number {
  if (createdAt !== other.createdAt) return createdAt - other.createdAt;
  return jobId < other.jobId ? -1 : jobId > other.jobId ? 1 : 0;
}

/** The index of the first job whose key is greater than the given key. */
export function upperBound(
  list: readonly SimJob[],
  createdAt: number,
  jobId: string,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKey(createdAt, jobId, list[mid] as SimJob) < 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insertSorted(list: SimJob[], job: SimJob): void {
  list.splice(upperBound(list, job.createdAt, job.jobId), 0, job);
}

function removeSorted(list: SimJob[], job: SimJob): void {
  const at = upperBound(list, job.createdAt, job.jobId) - 1;
  if (list[at] === job) list.splice(at, 1);
}

/** The status a job had when the store was at `version`, if it existed. */
export function statusAt(job: SimJob, version: number): JobStatus | undefined {
  const history = job.history;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i] as HistoryEntry;
    if (entry.version <= version) return entry.status;
  }
  return undefined;
}

/** True for SUCCEEDED and FAILED, the statuses a job never leaves. */
export function isTerminal(status: JobStatus): boolean {
  return status === "SUCCEEDED" || status === "FAILED";
}

/** All jobs and queues; every change bumps `version` for snapshots. */
export class JobStore {
  version = 0;
  readonly byId = new Map<string, SimJob>();
  /** Called for every new job (keeps optional indices current). */
  onAdd?: (job: SimJob) => void;

  constructor(
    readonly queues: readonly QueueRuntime[],
    private readonly jobArnPrefix: string,
  ) {}

  /** The service-job ARN of a job ID. */
  jobArn(jobId: string): string {
    return this.jobArnPrefix + jobId;
  }

  /** A queue by name or ARN. */
  queue(nameOrArn: string): QueueRuntime | undefined {
    return this.queues.find(
      (q) => q.spec.name === nameOrArn || q.arn === nameOrArn,
    );
  }

  /** A job by ID or ARN. */
  job(idOrArn: string): SimJob | undefined {
    const prefix = this.jobArnPrefix;
    const isArn = idOrArn.startsWith(prefix);
    return this.byId.get(isArn ? idOrArn.slice(prefix.length) : idOrArn);
  }

  /** Registers a new job in SUBMITTED. */
  add(job: SimJob): void {
    this.version += 1;
    job.createdVersion = this.version;
    job.history.push({ version: this.version, status: job.status });
    this.byId.set(job.jobId, job);
    insertSorted(job.queue.all, job);
    insertSorted(job.queue.active, job);
    this.onAdd?.(job);
  }

  /** Moves a job to `status`, recording it in the history and indices. */
  setStatus(job: SimJob, status: JobStatus): void {
    this.version += 1;
    job.status = status;
    job.history.push({ version: this.version, status });
    if (isTerminal(status)) {
      removeSorted(job.queue.active, job);
      job.queue.finished.push({ version: this.version, job });
    }
  }
}
