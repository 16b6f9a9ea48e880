/** DescribeServiceEnvironments: the SageMaker capacity behind each queue. */
import type { Operation } from "../context";
import type { QueueRuntime } from "../state";
import { optionalStringList } from "../validation";
import { offsetPage } from "./offset-page";

function environmentDetail(queue: QueueRuntime): object {
  return {
    serviceEnvironmentName: queue.spec.environmentName,
    serviceEnvironmentArn: queue.environmentArn,
    serviceEnvironmentType: "SAGEMAKER_TRAINING",
    state: "ENABLED",
    status: "VALID",
    capacityLimits: [
      { maxCapacity: queue.spec.maxCapacity, capacityUnit: "NUM_INSTANCES" },
    ],
    tags: {},
  };
}

/** Describes the named service environments, or all of them. */
export const describeServiceEnvironments: Operation = (ctx, input) => {
  const listed = optionalStringList(input, "serviceEnvironments", 100);
  const names = listed?.length ? listed : undefined;
  const environments = ctx.store.queues.filter(
    (q) =>
      q.spec.type === "SAGEMAKER_TRAINING" &&
      (!names ||
        names.includes(q.spec.environmentName) ||
        names.includes(q.environmentArn)),
  );
  const key = ["DescribeServiceEnvironments", names ?? null];
  const page = offsetPage(ctx, input, key, environments);
  return {
    serviceEnvironments: page.items.map(environmentDetail),
    nextToken: page.nextToken,
  };
};
