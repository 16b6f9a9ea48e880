import { expect, test } from "@playwright/test";

import type { QueuesResponse } from "@/lib/api/contract";

import { BAD_REQUESTS } from "./support/bad-requests";
import { frozenWorld } from "./support/ground-truth";

test.describe("the API refuses bad requests with a JSON error", () => {
  for (const bad of BAD_REQUESTS) {
    const naming = bad.parameter ? ` naming ${bad.parameter}` : "";
    test(`${bad.what} is a ${bad.status} ${bad.code}${naming}`, async ({
      request,
    }) => {
      const response = await request.get(bad.path);

      expect(response.status()).toBe(bad.status);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["cache-control"]).toContain("no-store");
      const body = await response.json();
      expect(body.error.code).toBe(bad.code);
      expect(typeof body.error.message).toBe("string");
      expect(body.error.parameter).toBe(bad.parameter);
      if (bad.parameter) expect(body.error.message).toContain(bad.parameter);
      expect(JSON.stringify(body)).not.toMatch(/Exception|\n\s+at |arn:aws/);
    });
  }
});

test("the ECS queue the API refuses is one the simulator really has", () => {
  expect(frozenWorld().queueNames().otherQueues).toEqual(["etl-cpu"]);
});

test("the queue list offers only SageMaker training queues", async ({
  request,
}) => {
  const response = await request.get("/api/queues");
  const { queues } = (await response.json()) as QueuesResponse;

  expect(queues.map((q) => q.name).sort()).toEqual(
    frozenWorld().queueNames().serviceQueues.sort(),
  );
  for (const queue of queues) {
    expect(queue.arn).toContain(`:job-queue/${queue.name}`);
    expect(queue.serviceEnvironment?.capacityLimits.length).toBeGreaterThan(0);
  }
  expect(queues.some((q) => q.fairShare)).toBe(true);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("an unknown parameter on the queue list is ignored", async ({
  request,
}) => {
  const plain = await request.get("/api/queues");
  const extra = await request.get("/api/queues?x=1");

  expect(extra.status()).toBe(200);
  expect(await extra.json()).toEqual(await plain.json());
});

test("a job found by its ARN is the job found by its ID", async ({
  request,
}) => {
  const job = frozenWorld().jobs("research-spot")[0];
  if (!job?.jobArn) throw new Error("research-spot has no jobs");
  const byId = await request.get(`/api/jobs/${job.jobId}`);
  const byArn = await request.get(
    `/api/jobs/${encodeURIComponent(job.jobArn)}`,
  );

  expect(byId.status()).toBe(200);
  expect(byArn.status()).toBe(200);
  const body = await byId.json();
  expect(body.job.jobName).toBe(job.jobName);
  expect(await byArn.json()).toEqual(body);
});
