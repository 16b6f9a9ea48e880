import {
  BatchClient,
  BatchServiceException,
  ClientException,
  DescribeJobQueuesCommand,
  DescribeServiceEnvironmentsCommand,
  paginateDescribeJobQueues,
  type JobQueueDetail,
} from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";
import { createSimulator, serveSimulator, type Simulator } from "./index";
import { serveForTests } from "./testing/served-simulator";

let sim: Simulator;
let client: BatchClient;
let url: string;

serveForTests(
  {
    jobs: 200,
    speed: 0,
    startTime: Date.UTC(2026, 11, 3),
  },
  (served) => {
    ({ sim, client, url } = served);
  },
);

const ARN = "arn:aws:batch:us-east-1:123456789012";

describe("DescribeJobQueues", () => {
  it("pages through every queue, the ECS queue included with its type", async () => {
    const queues: JobQueueDetail[] = [];
    let pages = 0;
    for await (const page of paginateDescribeJobQueues(
      { client, pageSize: 2 },
      {},
    )) {
      queues.push(...(page.jobQueues ?? []));
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(queues.map((q) => q.jobQueueName)).toEqual([
      ...sim.queueNames().serviceQueues,
      ...sim.queueNames().otherQueues,
    ]);
    expect(queues.find((q) => q.jobQueueName === "etl-cpu")).toEqual({
      jobQueueName: "etl-cpu",
      jobQueueArn: `${ARN}:job-queue/etl-cpu`,
      state: "ENABLED",
      status: "VALID",
      statusReason: "JobQueue Healthy",
      priority: 20,
      computeEnvironmentOrder: [
        {
          order: 1,
          computeEnvironment: `${ARN}:compute-environment/etl-cpu-spot`,
        },
      ],
      jobQueueType: "ECS",
      tags: {},
      jobStateTimeLimitActions: [],
    });
  });

  it("describes SageMaker queues with their service environment and policy", async () => {
    const out = await client.send(
      new DescribeJobQueuesCommand({
        jobQueues: [
          "llm-pretraining",
          `${ARN}:job-queue/legacy-nlp-experiments`,
          "nope",
        ],
      }),
    );
    expect(out.nextToken).toBeUndefined();
    const [llm, legacy] = out.jobQueues ?? [];
    expect(out.jobQueues).toHaveLength(2);
    expect(llm).toMatchObject({
      jobQueueType: "SAGEMAKER_TRAINING",
      computeEnvironmentOrder: [],
      serviceEnvironmentOrder: [
        {
          order: 1,
          serviceEnvironment: `${ARN}:service-environment/sagemaker-p4d-fleet`,
        },
      ],
      schedulingPolicyArn: `${ARN}:scheduling-policy/ml-teams-fair-share`,
    });
    expect(legacy).toMatchObject({
      state: "DISABLED",
      jobQueueType: "SAGEMAKER_TRAINING",
    });
  });

  it("refuses maxResults out of range and a foreign token", async () => {
    const bad = [
      { maxResults: 0 },
      { maxResults: 101 },
      { nextToken: "abc.def" },
    ];
    for (const input of bad) {
      const error = await client
        .send(new DescribeJobQueuesCommand(input))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientException);
    }
  });
});

describe("DescribeServiceEnvironments", () => {
  it("lists each SageMaker environment with its instance limit", async () => {
    const out = await client.send(new DescribeServiceEnvironmentsCommand({}));
    const limits = (out.serviceEnvironments ?? []).map((e) => [
      e.serviceEnvironmentName,
      e.capacityLimits?.[0]?.maxCapacity,
    ]);
    expect(limits).toEqual([
      ["sagemaker-p4d-fleet", 64],
      ["sagemaker-g5-fleet", 32],
      ["sagemaker-spot-research", 16],
      ["sagemaker-legacy-nlp", 8],
    ]);
    expect(out.serviceEnvironments?.[0]).toMatchObject({
      serviceEnvironmentArn: `${ARN}:service-environment/sagemaker-p4d-fleet`,
      serviceEnvironmentType: "SAGEMAKER_TRAINING",
      state: "ENABLED",
      status: "VALID",
      capacityLimits: [{ maxCapacity: 64, capacityUnit: "NUM_INSTANCES" }],
    });
  });

  it("pages and looks environments up by name or ARN", async () => {
    const first = await client.send(
      new DescribeServiceEnvironmentsCommand({ maxResults: 3 }),
    );
    expect(first.serviceEnvironments).toHaveLength(3);
    const rest = await client.send(
      new DescribeServiceEnvironmentsCommand({
        maxResults: 3,
        nextToken: first.nextToken,
      }),
    );
    expect(
      rest.serviceEnvironments?.map((e) => e.serviceEnvironmentName),
    ).toEqual(["sagemaker-legacy-nlp"]);
    expect(rest.nextToken).toBeUndefined();
    const one = await client.send(
      new DescribeServiceEnvironmentsCommand({
        serviceEnvironments: [
          `${ARN}:service-environment/sagemaker-g5-fleet`,
          "unknown",
        ],
      }),
    );
    expect(
      one.serviceEnvironments?.map((e) => e.serviceEnvironmentName),
    ).toEqual(["sagemaker-g5-fleet"]);
  });
});

describe("the wire protocol", () => {
  async function post(path: string, body: string) {
    const response = await fetch(url + path, { method: "POST", body });
    return {
      response,
      json: (await response.json()) as Record<string, unknown>,
    };
  }

  it("answers an unknown route 404 with a typed error", async () => {
    const { response, json } = await post("/v1/listjobsv3", "{}");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe(
      "UnknownOperationException",
    );
    expect(json.__type).toBe("UnknownOperationException");
  });

  it("answers invalid JSON with a 400 ClientException and a request id", async () => {
    const { response, json } = await post("/v1/describejobqueues", "{not json");
    const requestId = response.headers.get("x-amzn-requestid");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-amzn-errortype")).toBe("ClientException");
    expect(json.message).toBe(
      `Error executing request, Exception : Unable to parse request body as JSON, RequestId: ${requestId}`,
    );
  });

  it("answers throttling as 429 TooManyRequestsException when faults ask for it", async () => {
    const throttled = createSimulator({
      jobs: 10,
      speed: 0,
      faults: { throttleRate: 1 },
    });
    const own = await serveSimulator(throttled, { port: 0 });
    const sdk = new BatchClient({
      region: "us-east-1",
      endpoint: own.url,
      credentials: { accessKeyId: "x", secretAccessKey: "x" },
      maxAttempts: 1,
    });
    const error = await sdk
      .send(new DescribeJobQueuesCommand({}))
      .catch((e: unknown) => e);
    sdk.destroy();
    await own.close();
    expect(error).toBeInstanceOf(BatchServiceException);
    expect(error).toMatchObject({
      name: "TooManyRequestsException",
      message: "Too Many Requests",
      $metadata: { httpStatusCode: 429 },
    });
  });
});
