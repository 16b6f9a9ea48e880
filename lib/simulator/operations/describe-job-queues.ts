/** DescribeJobQueues: every queue of the account, SageMaker or not. */
import type { Operation } from "../context";
import type { QueueRuntime } from "../state";
import { compact } from "../views";
import { optionalStringList } from "../validation";
import { offsetPage } from "./offset-page";

function queueDetail(queue: QueueRuntime): object {
  const spec = queue.spec;
  const isService = spec.type === "SAGEMAKER_TRAINING";
  const environment = { order: 1 };
  return compact({
    jobQueueName: spec.name,
    jobQueueArn: queue.arn,
    state: spec.state,
    status: "VALID",
    statusReason: "JobQueue Healthy",
    priority: spec.priority,
    schedulingPolicyArn: queue.schedulingPolicyArn,
    // A queue has either compute environments or a service environment.
    computeEnvironmentOrder: isService
      ? []
      : [{ ...environment, computeEnvironment: queue.environmentArn }],
    serviceEnvironmentOrder: isService
      ? [{ ...environment, serviceEnvironment: queue.environmentArn }]
      : undefined,
    jobQueueType: spec.type,
    tags: {},
    jobStateTimeLimitActions: [],
  });
}

/**
 * Describes the named queues (names or ARNs, unknown ones silently left
 * out, as moto does; AWS is UNVERIFIED) or all of them.
 */
export const describeJobQueues: Operation = (ctx, input) => {
  // An empty list is read as "all queues", like an absent one (UNVERIFIED).
  const listed = optionalStringList(input, "jobQueues", 100);
  const names = listed?.length ? listed : undefined;
  const queues = names
    ? ctx.store.queues.filter(
        (q) => names.includes(q.spec.name) || names.includes(q.arn),
      )
    : ctx.store.queues;
  const page = offsetPage(
    ctx,
    input,
    ["DescribeJobQueues", names ?? null],
    queues,
  );
  return { jobQueues: page.items.map(queueDetail), nextToken: page.nextToken };
};
