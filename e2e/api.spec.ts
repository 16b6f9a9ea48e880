import { expect, test, type APIRequestContext } from "@playwright/test";

import type { QueuesResponse } from "@/lib/api/contract";

async function firstQueue(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/queues");
  expect(response.status()).toBe(200);
  const { queues } = (await response.json()) as QueuesResponse;
  const queue = queues[0];
  if (!queue) throw new Error("the simulator world has no service-job queue");
  return queue.name;
}

const badJobQueries: Array<[string, string, string]> = [
  ["a missing queue", "", "queue"],
  ["an unknown status", "&status=RUNNING,DONE", "status"],
  ["a zero limit", "&limit=0", "limit"],
  ["a limit over 100", "&limit=101", "limit"],
  ["a limit that is not a number", "&limit=abc", "limit"],
  ["created-after in seconds", "&createdAfter=1700000000", "createdAfter"],
  [
    "a reversed date range",
    "&createdAfter=1800000000000&createdBefore=1700000000000",
    "createdAfter",
  ],
  ["a name with spaces", "&name=my%20job", "name"],
  ["a forged cursor", "&cursor=not-a-cursor", "cursor"],
];

test.describe("the jobs API rejects bad input by name", () => {
  for (const [what, query, parameter] of badJobQueries) {
    test(`${what} is a 400 naming ${parameter}`, async ({ request }) => {
      const queue = parameter === "queue" ? "" : await firstQueue(request);
      const prefix = queue ? `queue=${encodeURIComponent(queue)}` : "";
      const response = await request.get(`/api/jobs?${prefix}${query}`);

      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["cache-control"]).toContain("no-store");
      const body = await response.json();
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toContain(parameter);
    });
  }
});

test.describe("unknown things are 404s with a JSON body", () => {
  const cases: Array<[string, string, string]> = [
    ["an unknown queue", "/api/jobs?queue=no-such-queue", "queue_not_found"],
    [
      "an unknown job",
      "/api/jobs/0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a",
      "job_not_found",
    ],
    ["an unknown API path", "/api/no-such-route", "not_found"],
  ];
  for (const [what, path, code] of cases) {
    test(`${what} answers 404 ${code}`, async ({ request }) => {
      const response = await request.get(path);

      expect(response.status()).toBe(404);
      const body = await response.json();
      expect(body.error.code).toBe(code);
      expect(JSON.stringify(body)).not.toMatch(/Exception|\n\s+at /);
    });
  }

  test("a job id that is not an id or ARN is a 400 naming jobId", async ({
    request,
  }) => {
    const response = await request.get("/api/jobs/not-a-job");

    expect(response.status()).toBe(400);
    expect((await response.json()).error.parameter).toBe("jobId");
  });
});

test("the queue list offers only SageMaker training queues", async ({
  request,
}) => {
  const response = await request.get("/api/queues");
  const { queues } = (await response.json()) as QueuesResponse;

  expect(queues.length).toBeGreaterThan(1);
  for (const queue of queues) {
    expect(queue.arn).toContain(`:job-queue/${queue.name}`);
    expect(queue.serviceEnvironment?.capacityLimits.length).toBeGreaterThan(0);
  }
  expect(queues.some((q) => q.fairShare)).toBe(true);
  expect(response.headers()["cache-control"]).toContain("no-store");
});
