/**
 * Turns a simulated job into the wire shapes of ListServiceJobs and
 * DescribeServiceJob. Optional members are left out, never sent as null.
 */
import type { JobAttempt, JobDetail, JobSummary } from "@/lib/batch/types";
import type { Account } from "./account";
import type { SimJob } from "./state";
import { renderPayload, renderTags } from "./workload";

function copyAttempt(attempt: JobAttempt): JobAttempt {
  return {
    ...attempt,
    serviceResourceId: attempt.serviceResourceId && {
      ...attempt.serviceResourceId,
    },
  };
}

/**
 * One ListServiceJobs row. `capacityUsage` is the payload's InstanceCount
 * in NUM_INSTANCES from submit on (unit and timing are UNVERIFIED).
 */
export function toSummary(job: SimJob, jobArn: string): JobSummary {
  return compact(summaryFields(job, jobArn));
}

function summaryFields(job: SimJob, jobArn: string): JobSummary {
  const latest = job.attempts.at(-1);
  return {
    jobId: job.jobId,
    jobName: job.jobName,
    jobArn,
    serviceJobType: "SAGEMAKER_TRAINING",
    status: job.status,
    statusReason: job.statusReason,
    createdAt: job.createdAt,
    scheduledAt: job.scheduledAt,
    startedAt: job.startedAt,
    stoppedAt: job.stoppedAt,
    latestAttempt: latest?.serviceResourceId && {
      serviceResourceId: { ...latest.serviceResourceId },
    },
    capacityUsage: [
      { capacityUnit: "NUM_INSTANCES", quantity: job.instanceCount },
    ],
    shareIdentifier: job.shareIdentifier,
    // The model documents isTerminated as present only when true.
    isTerminated: job.isTerminated ? true : undefined,
  };
}

/** The full DescribeServiceJob answer for one job. */
export function toDetail(
  job: SimJob,
  jobArn: string,
  account: Account,
): JobDetail {
  return compact<JobDetail>({
    ...summaryFields(job, jobArn),
    jobQueue: job.queue.arn,
    isTerminated: job.isTerminated,
    attempts:
      job.attempts.length > 0 ? job.attempts.map(copyAttempt) : undefined,
    retryStrategy: job.retryStrategy && {
      attempts: job.retryStrategy.attempts,
      evaluateOnExit: job.retryStrategy.evaluateOnExit?.map((r) => ({ ...r })),
    },
    timeoutConfig: job.timeoutConfig,
    schedulingPriority: job.schedulingPriority,
    serviceRequestPayload: payloadOf(job, account),
    tags: tagsOf(job),
  });
}

function payloadOf(job: SimJob, account: Account): string {
  if (job.payload !== undefined) return job.payload;
  return job.draft ? renderPayload(job.draft, account) : "{}";
}

function tagsOf(job: SimJob): Record<string, string> {
  if (job.tags) return { ...job.tags };
  const team = job.shareIdentifier ?? job.queue.spec.name;
  return job.draft ? renderTags(job.draft, team) : {};
}

/**
 * A copy without the members whose value is undefined, so JSON never
 * carries them. Copying (not `delete`) keeps objects in V8's fast mode.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = member;
  }
  return out as T;
}
