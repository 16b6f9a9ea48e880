/** TerminateServiceJobs: the bulk form, up to 50 jobs in one call. */
import type { Operation } from "../context";
import { clientError } from "../errors";
import { optionalStringList, requiredString } from "../validation";

/**
 * Always 200. Jobs that cannot be found count as successfully processed,
 * as the model documents; finished jobs are left as they are.
 */
export const terminateServiceJobs: Operation = (ctx, input) => {
  const ids = optionalStringList(input, "jobs", 50);
  if (!ids || ids.length === 0)
    throw clientError("jobs is a required parameter");
  const reason = requiredString(input, "reason");
  for (const id of ids) {
    const job = ctx.store.job(id);
    if (job) ctx.engine.terminate(job, reason, ctx.now);
  }
  return { successful: ids, errors: [] };
};
