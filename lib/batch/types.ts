/**
 * The dashboard's own view of AWS Batch service jobs and queues.
 *
 * Field names follow the Batch API so that a reader of the AWS docs finds
 * them here unchanged; optional fields stay optional because AWS leaves them
 * out (a JOB_NAME listing can omit `startedAt`, for example). Timestamps are
 * epoch milliseconds, as in the API.
 */

/** Every service-job status, in lifecycle order. */
export const JOB_STATUSES = [
  "SUBMITTED",
  "PENDING",
  "RUNNABLE",
  "SCHEDULED",
  "STARTING",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
] as const;

/** A service-job status as AWS reports it. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** True when `value` is one of the documented service-job statuses. */
export function isJobStatus(value: string): value is JobStatus {
  return (JOB_STATUSES as readonly string[]).includes(value);
}

/** Statuses a job never leaves. */
export const TERMINAL_STATUSES: readonly JobStatus[] = ["SUCCEEDED", "FAILED"];

/** Capacity a job holds, e.g. `{ capacityUnit: "NUM_INSTANCES", quantity: 4 }`. */
export interface CapacityUsage {
  capacityUnit: string;
  quantity: number;
}

/** The SageMaker resource behind one attempt (a training-job ARN). */
export interface ServiceResourceId {
  name: string;
  value: string;
}

/** One row of ListServiceJobs. */
export interface JobSummary {
  jobId: string;
  jobName: string;
  jobArn?: string;
  serviceJobType: string;
  status?: JobStatus;
  statusReason?: string;
  createdAt?: number;
  scheduledAt?: number;
  startedAt?: number;
  stoppedAt?: number;
  latestAttempt?: { serviceResourceId?: ServiceResourceId };
  capacityUsage?: CapacityUsage[];
  shareIdentifier?: string;
  quotaShareName?: string;
  isTerminated?: boolean;
}

/** One attempt of a service job: a SageMaker training job. */
export interface JobAttempt {
  serviceResourceId?: ServiceResourceId;
  startedAt?: number;
  stoppedAt?: number;
  statusReason?: string;
}

/** A retry rule evaluated against the attempt's status reason. */
export interface EvaluateOnExit {
  action: "RETRY" | "EXIT" | string;
  onStatusReason?: string;
}

/** The whole DescribeServiceJob answer. */
export interface JobDetail extends JobSummary {
  /** The queue's ARN, as DescribeServiceJob returns it. */
  jobQueue: string;
  attempts?: JobAttempt[];
  retryStrategy?: { attempts: number; evaluateOnExit?: EvaluateOnExit[] };
  timeoutConfig?: { attemptDurationSeconds?: number };
  schedulingPriority?: number;
  serviceRequestPayload?: string;
  preemptionConfiguration?: { preemptionRetriesBeforeTermination?: number };
  preemptionSummary?: {
    preemptedAttemptCount?: number;
    recentPreemptedAttempts?: JobAttempt[];
  };
  tags?: Record<string, string>;
}

/** A limit of a service environment, e.g. 50 `NUM_INSTANCES`. */
export interface CapacityLimit {
  maxCapacity: number;
  capacityUnit: string;
}

/** The service environment a service-job queue dispatches to. */
export interface ServiceEnvironment {
  name: string;
  arn: string;
  state?: string;
  status?: string;
  capacityLimits: CapacityLimit[];
}

/** A SAGEMAKER_TRAINING job queue with what the dashboard needs of it. */
export interface Queue {
  name: string;
  arn: string;
  /** `ENABLED` or `DISABLED`. */
  state: string;
  /** `VALID`, `INVALID`, `CREATING`, ... */
  status?: string;
  statusReason?: string;
  priority: number;
  /** True when a scheduling policy (fair share) is attached. */
  fairShare: boolean;
  schedulingPolicyArn?: string;
  /** Absent when the queue has none or it could not be read. */
  serviceEnvironment?: ServiceEnvironment;
}
