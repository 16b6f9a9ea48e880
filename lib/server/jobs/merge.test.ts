import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/server/http/errors";
import { searchJobs } from "@/lib/server/jobs/search";
import {
  fakeBatchGateway,
  oneQueueReply,
  type FakeCall,
  type FakeReply,
} from "@/lib/server/testing/fake-batch";

function row(jobId: string, createdAt?: unknown, extra: object = {}) {
  return {
    jobId,
    jobName: `job-${jobId}`,
    serviceJobType: "SAGEMAKER_TRAINING",
    createdAt,
    ...extra,
  };
}

function batch(list: (call: FakeCall) => FakeReply) {
  return fakeBatchGateway(
    (call) => oneQueueReply(call.operation) ?? list(call),
  );
}

describe("searchJobs with rows AWS leaves incomplete", () => {
  it("keeps rows without createdAt, last, and reads a Long sent as a string", async () => {
    const { gateway } = batch(() => ({
      body: {
        jobSummaryList: [
          row("c", undefined),
          row("b", "1700000000500", { status: "RUNNING" }),
          row("a", 1_700_000_000_900, { status: "NOT_A_STATUS" }),
          { jobName: "no id at all" },
        ],
      },
    }));

    const page = await searchJobs(
      { queue: "q", statuses: [], limit: 10 },
      gateway,
    );

    expect(page.jobs.map((j) => [j.jobId, j.createdAt, j.status])).toEqual([
      ["a", 1_700_000_000_900, undefined],
      ["b", 1_700_000_000_500, "RUNNING"],
      ["c", undefined, undefined],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("leaves a job without createdAt out of a date range", async () => {
    const { gateway } = batch(() => ({
      body: { jobSummaryList: [row("b", 1_700_000_000_500), row("c")] },
    }));

    const page = await searchJobs(
      { queue: "q", statuses: [], createdBefore: 1_700_000_001_000, limit: 10 },
      gateway,
    );

    expect(page.jobs.map((j) => j.jobId)).toEqual(["b"]);
  });
});

describe("searchJobs over a JOB_NAME listing grouped by name", () => {
  // Two names, each newest-first, so createdAt jumps back up at the seam;
  // the second page repeats the seam row.
  const pages: Record<
    string,
    { jobSummaryList: object[]; nextToken?: string }
  > = {
    first: {
      jobSummaryList: [row("x2", 3000), row("x1", 1000), row("y3", 5000)],
      nextToken: "page-2",
    },
    "page-2": {
      jobSummaryList: [row("y3", 5000), row("y2", 4000), row("y1", 2000)],
    },
  };

  it("keeps AWS's order, never stops early by date, and shows a repeat once", async () => {
    const { gateway, calls } = batch((call) => ({
      body: pages[String(call.input.nextToken ?? "first")],
    }));

    const page = await searchJobs(
      {
        queue: "q",
        statuses: [],
        name: "job-*",
        createdAfter: 1500,
        limit: 10,
      },
      gateway,
    );

    expect(page.jobs.map((j) => j.jobId)).toEqual(["x2", "y3", "y2", "y1"]);
    expect(
      calls
        .filter((c) => c.operation === "listservicejobs")
        .map((c) => c.input),
    ).toEqual([
      {
        jobQueue: "arn:aws:batch:us-east-1:123456789012:job-queue/q",
        filters: [{ name: "JOB_NAME", values: ["job-*"] }],
        maxResults: 100,
      },
      {
        jobQueue: "arn:aws:batch:us-east-1:123456789012:job-queue/q",
        filters: [{ name: "JOB_NAME", values: ["job-*"] }],
        maxResults: 100,
        nextToken: "page-2",
      },
    ]);
  });

  it("resumes inside a page without repeating what it returned", async () => {
    const { gateway } = batch((call) => ({
      body: pages[String(call.input.nextToken ?? "first")],
    }));
    const search = { queue: "q", statuses: [], name: "job-*", limit: 2 };

    const one = await searchJobs(search, gateway);
    const two = await searchJobs(
      { ...search, cursor: one.nextCursor ?? undefined },
      gateway,
    );
    const three = await searchJobs(
      { ...search, cursor: two.nextCursor ?? undefined },
      gateway,
    );

    expect([one, two, three].map((p) => p.jobs.map((j) => j.jobId))).toEqual([
      ["x2", "x1"],
      ["y3", "y2"],
      ["y1"],
    ]);
    expect(three.nextCursor).toBeNull();
  });
});

describe("searchJobs when a cursor's upstream token is refused", () => {
  it("answers 400 naming cursor", async () => {
    const { gateway } = batch((call) =>
      call.input.nextToken
        ? {
            status: 400,
            errorType: "ClientException",
            message: "Invalid token",
          }
        : {
            body: {
              jobSummaryList: [row("a", 2), row("b", 1)],
              nextToken: "t",
            },
          },
    );
    const search = { queue: "q", statuses: ["FAILED" as const], limit: 2 };
    const first = await searchJobs(search, gateway);

    const failure = await searchJobs(
      { ...search, cursor: first.nextCursor ?? "" },
      gateway,
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: "invalid_parameter",
      options: { parameter: "cursor" },
    });
  });
});
