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
  // the last page repeats the seam row. The first call asks for one row.
  const pages: Record<
    string,
    { jobSummaryList: object[]; nextToken?: string }
  > = {
    first: { jobSummaryList: [row("x2", 3000)], nextToken: "page-2" },
    "page-2": {
      jobSummaryList: [row("x1", 1000), row("y3", 5000)],
      nextToken: "page-3",
    },
    "page-3": {
      jobSummaryList: [row("y3", 5000), row("y2", 4000), row("y1", 2000)],
    },
  };
  const listing = (call: FakeCall): FakeReply =>
    call.operation === "describeservicejob"
      ? { body: { ...row(String(call.input.jobId), 3000), jobQueue: "q" } }
      : { body: pages[String(call.input.nextToken ?? "first")] };
  const input = (nextToken?: string, maxResults = 100) => ({
    jobQueue: "arn:aws:batch:us-east-1:123456789012:job-queue/q",
    filters: [{ name: "JOB_NAME", values: ["job-*"] }],
    maxResults,
    ...(nextToken ? { nextToken } : {}),
  });

  it("keeps AWS's order, never stops early by date, and shows a repeat once", async () => {
    const { gateway, calls } = batch(listing);

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
    ).toEqual([input(undefined, 1), input("page-2"), input("page-3")]);
  });

  it("resumes inside a pinned page without repeating what it returned", async () => {
    const { gateway, calls } = batch(listing);
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
    // Every page after the first row comes from the first call's snapshot.
    expect(
      calls.filter((c) => !c.input.nextToken && !c.input.jobId).length,
    ).toBe(3);
  });
});

describe("searchJobs over merged status chains", () => {
  // Each status chain's first call asks for one row, then pages on.
  const chains: Record<string, Record<string, object>> = {
    RUNNING: {
      first: { jobSummaryList: [row("a2", 5000)], nextToken: "a-2" },
      "a-2": { jobSummaryList: [row("a1", 1000)] },
    },
    RUNNABLE: {
      first: { jobSummaryList: [row("b2", 3000)], nextToken: "b-2" },
      "b-2": { jobSummaryList: [row("b1", 2000)] },
    },
  };
  const answer = (call: FakeCall): FakeReply => {
    if (call.operation === "describeservicejob") {
      const id = String(call.input.jobId);
      return {
        body: { ...row(id, 3000, { status: "RUNNING" }), jobQueue: "q" },
      };
    }
    const pages = chains[String(call.input.jobStatus)] ?? {};
    return { body: pages[String(call.input.nextToken ?? "first")] };
  };

  it("restores a first row the last page did not reach, then pages on", async () => {
    const { gateway, calls } = batch(answer);
    const search = {
      queue: "q",
      statuses: ["RUNNING" as const, "RUNNABLE" as const],
      limit: 1,
    };
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchJobs({ ...search, cursor }, gateway);
      ids.push(...page.jobs.map((j) => j.jobId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && ids.length < 10);

    expect(ids).toEqual(["a2", "b2", "b1", "a1"]);
    expect(
      calls
        .filter((c) => c.operation === "describeservicejob")
        .map((c) => c.input),
    ).toEqual([{ jobId: "b2" }]);
    expect(calls.filter((c) => c.input.maxResults === 1).length).toBe(2);
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
