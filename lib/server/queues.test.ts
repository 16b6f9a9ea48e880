import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/server/http/errors";
import { listServiceQueues, resolveQueue } from "@/lib/server/queues";
import {
  fakeBatchGateway,
  oneQueueReply,
} from "@/lib/server/testing/fake-batch";
import { simulatorWorld } from "@/lib/server/testing/simulator-gateway";

describe("listServiceQueues", () => {
  it("keeps SAGEMAKER_TRAINING queues with their capacity, sorted by name", async () => {
    const { gateway } = simulatorWorld({ jobs: 100 });

    const queues = await listServiceQueues(gateway);

    expect(
      queues.map((q) => [
        q.name,
        q.fairShare,
        q.serviceEnvironment?.capacityLimits,
      ]),
    ).toEqual([
      [
        "legacy-nlp-experiments",
        false,
        [{ maxCapacity: 8, capacityUnit: "NUM_INSTANCES" }],
      ],
      [
        "llm-pretraining",
        true,
        [{ maxCapacity: 64, capacityUnit: "NUM_INSTANCES" }],
      ],
      [
        "research-spot",
        false,
        [{ maxCapacity: 16, capacityUnit: "NUM_INSTANCES" }],
      ],
      [
        "vision-finetune",
        false,
        [{ maxCapacity: 32, capacityUnit: "NUM_INSTANCES" }],
      ],
    ]);
  });

  it("shares one upstream load between concurrent and later callers", async () => {
    const { gateway, calls } = fakeBatchGateway(
      (call) => oneQueueReply(call.operation) ?? { body: {} },
    );

    await Promise.all([listServiceQueues(gateway), listServiceQueues(gateway)]);
    await resolveQueue("q", gateway);

    expect(calls.map((c) => c.operation).sort()).toEqual([
      "describejobqueues",
      "describeserviceenvironments",
    ]);
  });

  it("does not keep a failed load", async () => {
    let fail = true;
    const { gateway } = fakeBatchGateway((call) =>
      fail
        ? { status: 500, errorType: "ServerException" }
        : (oneQueueReply(call.operation) ?? { body: {} }),
    );

    await expect(listServiceQueues(gateway)).rejects.toMatchObject({
      code: "upstream_unavailable",
    });
    fail = false;

    expect((await listServiceQueues(gateway)).map((q) => q.name)).toEqual([
      "q",
    ]);
  });
});

describe("resolveQueue", () => {
  const { gateway } = simulatorWorld({ jobs: 100 });

  it("finds a queue by name or ARN", async () => {
    const byName = await resolveQueue("research-spot", gateway);

    expect(await resolveQueue(byName.arn, gateway)).toEqual(byName);
    expect(byName.arn).toBe(
      "arn:aws:batch:us-east-1:123456789012:job-queue/research-spot",
    );
  });

  it.each([
    ["etl-cpu", "Queue etl-cpu is not a service-job queue."],
    ["nope", "Queue nope does not exist."],
  ])("refuses %s with queue_not_found", async (name, message) => {
    const error = await resolveQueue(name, gateway).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "queue_not_found",
      status: 404,
      message,
    });
  });
});
