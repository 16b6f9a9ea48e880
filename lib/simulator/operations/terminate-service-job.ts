/** TerminateServiceJob: stop a job; 200 with an empty body. */
import type { Operation } from "../context";
import { requiredString } from "../validation";
import { findJob } from "./describe-service-job";

/**
 * The job ends FAILED with `isTerminated` and the given reason (both
 * UNVERIFIED). A job that has already finished is left as it is and the
 * call still succeeds (UNVERIFIED).
 */
export const terminateServiceJob: Operation = (ctx, input) => {
  const job = findJob(ctx, input);
  const reason = requiredString(input, "reason");
  ctx.engine.terminate(job, reason, ctx.now);
  return undefined;
};
