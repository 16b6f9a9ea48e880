/** UpdateServiceJob: change the scheduling priority of a job. */
import type { Operation } from "../context";
import { clientError } from "../errors";
import { optionalInt } from "../validation";
import { findJob } from "./describe-service-job";

/** Sets schedulingPriority; only fair-share queues dispatch by it. */
export const updateServiceJob: Operation = (ctx, input) => {
  const job = findJob(ctx, input);
  const priority = optionalInt(input, "schedulingPriority", 0, 9999);
  if (priority === undefined) {
    throw clientError("schedulingPriority is a required parameter");
  }
  ctx.engine.reprioritize(job, priority);
  const jobArn = ctx.store.jobArn(job.jobId);
  return { jobArn, jobName: job.jobName, jobId: job.jobId };
};
