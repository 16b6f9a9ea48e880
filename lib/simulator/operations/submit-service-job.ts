/** SubmitServiceJob: a new job enters the lifecycle as SUBMITTED. */
import { createHash, randomUUID } from "node:crypto";
import type { Operation, SimContext } from "../context";
import { clientError } from "../errors";
import { newJob, type QueueRuntime, type SimJob } from "../state";
import {
  checkName,
  optionalInt,
  optionalObject,
  optionalString,
  optionalTags,
  requiredString,
  type Input,
} from "../validation";
import { parseRetryStrategy, payloadInstanceCount } from "./submit-input";

const MAX_PAYLOAD_BYTES = 10 * 1024;
const MAX_REQUEST_BYTES = 30 * 1024;
/** Jobs submitted through the API run ~10 minutes so a demo sees them end. */
const SUBMITTED_MEAN_RUN_MS = 600_000;

function submitQueue(ctx: SimContext, input: Input): QueueRuntime {
  const name = requiredString(input, "jobQueue");
  const queue = ctx.store.queue(name);
  if (!queue) throw clientError(`Job queue ${name} does not exist`);
  if (queue.spec.type !== "SAGEMAKER_TRAINING") {
    throw clientError(`Job queue ${name} does not accept service jobs`);
  }
  if (queue.spec.state !== "ENABLED") {
    throw clientError(`Job queue ${name} is not ENABLED`);
  }
  return queue;
}

function shareOf(queue: QueueRuntime, input: Input): string | undefined {
  const share = optionalString(input, "shareIdentifier");
  if (queue.spec.shares && !share) {
    throw clientError("shareIdentifier is required for a fair-share job queue");
  }
  if (!queue.spec.shares && share) {
    throw clientError(
      "shareIdentifier requires a job queue with a fair-share policy",
    );
  }
  if (optionalString(input, "quotaShareName")) {
    throw clientError(
      "quotaShareName requires a job queue with a quota-share policy",
    );
  }
  return share;
}

function buildJob(ctx: SimContext, input: Input): SimJob {
  if (Buffer.byteLength(JSON.stringify(input)) > MAX_REQUEST_BYTES) {
    throw clientError("SubmitServiceJob request must be at most 30 KiB");
  }
  const jobName = checkName("jobName", requiredString(input, "jobName"));
  const queue = submitQueue(ctx, input);
  if (requiredString(input, "serviceJobType") !== "SAGEMAKER_TRAINING") {
    throw clientError("serviceJobType must be SAGEMAKER_TRAINING");
  }
  const payload = requiredString(input, "serviceRequestPayload");
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
    throw clientError("serviceRequestPayload must be at most 10 KiB");
  }
  const timeout = optionalObject(input, "timeoutConfig");
  return newJob({
    jobId: randomUUID(),
    jobName,
    queue,
    createdAt: ctx.now,
    instanceCount: payloadInstanceCount(payload),
    shareIdentifier: shareOf(queue, input),
    schedulingPriority: optionalInt(input, "schedulingPriority", 0, 9999),
    retryStrategy: parseRetryStrategy(input),
    timeoutConfig: timeout && {
      attemptDurationSeconds: optionalInt(
        timeout,
        "attemptDurationSeconds",
        1,
        2 ** 31 - 1,
      ),
    },
    payload,
    tags: optionalTags(input),
    meanRunMs: SUBMITTED_MEAN_RUN_MS,
  });
}

/**
 * Idempotency: a repeated clientToken with the same request returns the
 * first job (what an SDK retry needs); with a different request it is
 * refused. The model's wording and the error type are UNVERIFIED.
 */
function replay(
  ctx: SimContext,
  input: Input,
): { key?: string; hash: string; job?: SimJob } {
  const token = optionalString(input, "clientToken");
  const hash = createHash("sha256")
    .update(JSON.stringify({ ...input, clientToken: undefined }))
    .digest("hex");
  if (token === undefined) return { hash };
  if (token.length < 1 || token.length > 64) {
    throw clientError("clientToken must be 1-64 characters");
  }
  const earlier = ctx.clientTokens.get(token);
  if (earlier && earlier.hash !== hash) {
    throw clientError("clientToken was already used with a different request");
  }
  return { key: token, hash, job: earlier?.job };
}

/** Submits a job and answers with its ARN, name and ID. */
export const submitServiceJob: Operation = (ctx, input) => {
  const previous = replay(ctx, input);
  let job = previous.job;
  if (!job) {
    job = buildJob(ctx, input);
    ctx.engine.submit(job);
    if (previous.key) {
      ctx.clientTokens.set(previous.key, { hash: previous.hash, job });
    }
  }
  return {
    jobArn: ctx.store.jobArn(job.jobId),
    jobName: job.jobName,
    jobId: job.jobId,
  };
};
