import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import {
  GET as getCatchAll,
  POST as postCatchAll,
} from "@/app/api/[[...path]]/route";
import { GET as getJob } from "@/app/api/jobs/[jobId]/route";
import { GET as getJobs } from "@/app/api/jobs/route";
import { GET as getQueues } from "@/app/api/queues/route";
import {
  setBatchGatewayForTests,
  type BatchGateway,
} from "@/lib/server/batch/client";
import { getLogger } from "@/lib/server/logger";
import { fakeBatchGateway } from "@/lib/server/testing/fake-batch";
import { simulatorWorld } from "@/lib/server/testing/simulator-gateway";

const world = simulatorWorld();
const QUEUE = "llm-pretraining";

function request(path: string, method = "GET") {
  return new NextRequest(`http://localhost${path}`, { method });
}

function jobRequest(jobId: string) {
  return getJob(request(`/api/jobs/${jobId}`), {
    params: Promise.resolve({ jobId }),
  });
}

async function errorOf(response: Response) {
  const text = await response.text();
  expect(text).not.toMatch(/Exception|\n\s+at /);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toContain("application/json");
  return (JSON.parse(text) as { error: Record<string, string> }).error;
}

function withGateway(gateway: BatchGateway) {
  beforeAll(() => setBatchGatewayForTests(gateway));
  afterAll(() => setBatchGatewayForTests(world.gateway));
}

beforeAll(() => {
  getLogger().level = "silent";
  setBatchGatewayForTests(world.gateway);
});
afterAll(() => setBatchGatewayForTests(undefined));

describe("GET /api/queues", () => {
  it("lists the service-job queues by name, never cached", async () => {
    const response = await getQueues(request("/api/queues"), undefined);
    const { queues } = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(queues.map((q: { name: string }) => q.name)).toEqual([
      "legacy-nlp-experiments",
      "llm-pretraining",
      "research-spot",
      "vision-finetune",
    ]);
  });

  it("logs the request once with method, route, status and duration", async () => {
    const info = vi.spyOn(getLogger(), "info");
    await getQueues(request("/api/queues"), undefined);

    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toMatchObject({
      method: "GET",
      route: "/api/queues",
      status: 200,
    });
    info.mockRestore();
  });
});

describe("GET /api/jobs", () => {
  const queue = `queue=${QUEUE}`;

  it("answers a page of jobs and ignores unknown parameters", async () => {
    const response = await getJobs(
      request(`/api/jobs?${queue}&limit=3&colour=blue`),
      undefined,
    );
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body.jobs.map((j: { jobId: string }) => j.jobId)).toEqual(
      world.sim
        .jobs(QUEUE)
        .slice(0, 3)
        .map((j) => j.jobId),
    );
    expect(typeof body.nextCursor).toBe("string");
  });

  it.each([
    ["", "queue", "queue is required"],
    [`${queue}&status=RUNNING,DONE`, "status", "status must be"],
    [`${queue}&limit=0`, "limit", "limit must be a whole number from 1 to"],
    [`${queue}&limit=101`, "limit", "limit must be a whole number from 1 to"],
    [`${queue}&limit=abc`, "limit", "limit must be a whole number from 1 to"],
    [`${queue}&limit=1&limit=5`, "limit", "limit must be given once"],
    [
      `${queue}&createdAfter=1700000000`,
      "createdAfter",
      "createdAfter must be epoch milliseconds",
    ],
    [
      `${queue}&createdAfter=1800000000000&createdBefore=1700000000000`,
      "createdAfter",
      "createdAfter must not be later",
    ],
    [`${queue}&name=my%20job`, "name", "name may hold"],
    [`${queue}&cursor=not-a-cursor`, "cursor", "cursor is not a cursor"],
  ])("?%s is a 400 naming %s", async (query, parameter, message) => {
    const response = await getJobs(request(`/api/jobs?${query}`), undefined);
    const error = await errorOf(response);

    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: "invalid_parameter", parameter });
    expect(error.message).toContain(message);
  });

  it("logs a bad request once, without a stack", async () => {
    const logger = getLogger();
    const spies = (["info", "warn", "error"] as const).map((level) =>
      vi.spyOn(logger, level),
    );
    await getJobs(request(`/api/jobs?${queue}&limit=0`), undefined);

    expect(spies.map((spy) => spy.mock.calls.length)).toEqual([1, 0, 0]);
    expect(JSON.stringify(spies[0]?.mock.calls[0])).not.toContain("stack");
    spies.forEach((spy) => spy.mockRestore());
  });

  it.each([
    ["no-such-queue", "Queue no-such-queue does not exist."],
    ["etl-cpu", "Queue etl-cpu is not a service-job queue."],
  ])("queue %s is a 404 queue_not_found", async (name, message) => {
    const response = await getJobs(
      request(`/api/jobs?queue=${name}`),
      undefined,
    );

    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      code: "queue_not_found",
      message,
    });
  });
});

describe("GET /api/jobs/[jobId]", () => {
  it("answers a job by id and by ARN", async () => {
    const job = world.sim.jobs(QUEUE)[0];
    if (!job?.jobArn) throw new Error("the world has no job");

    for (const id of [job.jobId, job.jobArn]) {
      const response = await jobRequest(encodeURIComponent(id));
      const body = await response.json();
      expect(response.status).toBe(200);
      expect(body.job).toMatchObject({
        jobId: job.jobId,
        jobName: job.jobName,
        jobQueue: job.jobQueue,
      });
    }
  });

  it("answers 404 job_not_found for an unknown id", async () => {
    const response = await jobRequest("0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a");

    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("job_not_found");
  });

  it.each([
    "not-a-job",
    "arn:aws:batch:us-east-1:123:job/0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a",
  ])("answers 400 naming jobId for %s", async (id) => {
    const response = await jobRequest(id);

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "invalid_parameter",
      parameter: "jobId",
    });
  });
});

describe("unknown API paths", () => {
  it.each([getCatchAll, postCatchAll])(
    "answer a JSON 404 not_found",
    async (handler) => {
      const response = await handler(request("/api/nope", "POST"), undefined);

      expect(response.status).toBe(404);
      expect(await errorOf(response)).toEqual({
        code: "not_found",
        message: "No such API endpoint.",
      });
    },
  );
});

describe("when AWS throttles", () => {
  withGateway(simulatorWorld({ faults: { throttleRate: 1 } }).gateway);

  it("answers 503 upstream_throttled with Retry-After", async () => {
    const response = await getJobs(
      request(`/api/jobs?queue=${QUEUE}`),
      undefined,
    );

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await errorOf(response)).code).toBe("upstream_throttled");
  });
});

describe("when AWS rejects the server's credentials", () => {
  withGateway(
    fakeBatchGateway(() => ({
      status: 403,
      errorType: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    })).gateway,
  );

  it("answers 502 upstream_error without AWS's text", async () => {
    const response = await getQueues(request("/api/queues"), undefined);

    expect(response.status).toBe(502);
    expect(await errorOf(response)).toEqual({
      code: "upstream_error",
      message: "AWS Batch rejected the server's AWS credentials.",
    });
  });
});

describe("when AWS fails", () => {
  withGateway(
    fakeBatchGateway(() => ({
      status: 500,
      errorType: "ServerException",
      message: "Internal failure at host 10.0.0.1",
    })).gateway,
  );

  it("answers 503 upstream_unavailable with Retry-After", async () => {
    const response = await jobRequest("0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a");

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await errorOf(response)).code).toBe("upstream_unavailable");
  });
});
