/** ListTagsForResource: `GET /v1/tags/{resourceArn}`. */
import type { Operation } from "../context";
import { clientError } from "../errors";
import { toDetail } from "../views";
import { requiredString } from "../validation";

/** Tags of a service job; queues and environments carry none here. */
export const listTagsForResource: Operation = (ctx, input) => {
  const arn = requiredString(input, "resourceArn");
  const job = arn.includes(":service-job/") ? ctx.store.job(arn) : undefined;
  if (job) {
    return { tags: toDetail(job, arn, ctx.account).tags ?? {} };
  }
  const known = ctx.store.queues.some(
    (q) => q.arn === arn || q.environmentArn === arn,
  );
  if (!known) throw clientError(`Resource ${arn} does not exist`);
  return { tags: {} };
};
