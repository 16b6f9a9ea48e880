/** GetJobQueueSnapshot: the front of a queue and what it is using. */
import type { Operation, SimContext } from "../context";
import { clientError } from "../errors";
import type { QueueRuntime } from "../state";
import { requiredString } from "../validation";

function utilization(queue: QueueRuntime, now: number) {
  const usage = (quantity: number) => [
    { capacityUnit: "NUM_INSTANCES", quantity },
  ];
  const shares = [...queue.acquiredByShare]
    .filter(([share, held]) => share !== "" && held > 0)
    .sort((a, b) => b[1] - a[1]);
  return {
    totalCapacityUsage: usage(queue.acquired),
    fairshareUtilization: queue.spec.shares && {
      activeShareCount: shares.length,
      topCapacityUtilization: shares.map(([shareIdentifier, held]) => ({
        shareIdentifier,
        capacityUsage: usage(held),
      })),
    },
    lastUpdatedAt: now,
  };
}

function findQueue(ctx: SimContext, name: string): QueueRuntime {
  const queue = ctx.store.queue(name);
  if (!queue) throw clientError(`Job queue ${name} does not exist`);
  return queue;
}

/**
 * The first 100 RUNNABLE jobs in dispatch order. `earliestTimeAtPosition`
 * is when each job last became RUNNABLE (the exact meaning is UNVERIFIED).
 */
export const getJobQueueSnapshot: Operation = (ctx, input) => {
  const queue = findQueue(ctx, requiredString(input, "jobQueue"));
  const front = ctx.engine.frontOfQueue(queue, 100).map((job) => ({
    jobArn: ctx.store.jobArn(job.jobId),
    earliestTimeAtPosition: job.runnableSince,
  }));
  return {
    frontOfQueue: { jobs: front, lastUpdatedAt: ctx.now },
    queueUtilization: utilization(queue, ctx.now),
  };
};
