/** DescribeServiceJob: the full detail of one job, by ID or ARN. */
import type { Operation, SimContext } from "../context";
import { clientError } from "../errors";
import type { SimJob } from "../state";
import { toDetail } from "../views";
import { requiredString, type Input } from "../validation";

/**
 * The job named by `jobId`. sagemaker-python-sdk passes the job ARN here,
 * so both forms are accepted. The error text is UNVERIFIED.
 */
export function findJob(ctx: SimContext, input: Input): SimJob {
  const id = requiredString(input, "jobId");
  const job = ctx.store.job(id);
  if (!job) throw clientError(`Service job ${id} does not exist`);
  return job;
}

/** Describes one service job. */
export const describeServiceJob: Operation = (ctx, input) => {
  const job = findJob(ctx, input);
  return toDetail(job, ctx.store.jobArn(job.jobId), ctx.account);
};
