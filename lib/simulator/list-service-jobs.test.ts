import {
  type BatchClient,
  paginateListServiceJobs,
  type ListServiceJobsCommandInput,
} from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";
import type { JobDetail } from "@/lib/batch/types";
import type { Simulator } from "./index";
import {
  expectListClientError,
  jobIdsWhere,
  LISTING_WORLD,
  serveForTests,
} from "./testing/served-simulator";

const QUEUE = "llm-pretraining";
let sim: Simulator;
let client: BatchClient;

serveForTests(LISTING_WORLD, (served) => {
  ({ sim, client } = served);
});

/** Every page of a listing, fetched with the SDK paginator. */
async function listAll(input: ListServiceJobsCommandInput, pageSize = 100) {
  const ids: string[] = [];
  for await (const page of paginateListServiceJobs(
    { client, pageSize },
    { ...input },
  )) {
    ids.push(...(page.jobSummaryList ?? []).map((job) => job.jobId ?? ""));
  }
  return ids;
}

const truth = (keep: (job: JobDetail) => boolean) =>
  jobIdsWhere(sim, QUEUE, keep);

describe("ListServiceJobs validation", () => {
  it("rejects two filters with Batch's message", async () => {
    const error = await expectListClientError(client, {
      jobQueue: QUEUE,
      filters: [
        { name: "JOB_NAME", values: ["a*"] },
        { name: "SHARE_IDENTIFIER", values: ["nlp"] },
      ],
    });
    expect(error.message).toMatch(
      /^Error executing request, Exception : Only one filter key-value pair can be specified\., RequestId: [0-9a-f-]{36}$/,
    );
  });

  it("rejects a filter with two values", async () => {
    const error = await expectListClientError(client, {
      jobQueue: QUEUE,
      filters: [{ name: "JOB_NAME", values: ["a", "b"] }],
    });
    expect(error.message).toContain("Filter cannot take more than one value.");
  });

  it("rejects maxResults 101 and 0", async () => {
    await expectListClientError(client, { jobQueue: QUEUE, maxResults: 101 });
    await expectListClientError(client, { jobQueue: QUEUE, maxResults: 0 });
  });

  it("rejects a missing or unknown queue, a bad status and bad filters", async () => {
    await expectListClientError(client, {});
    await expectListClientError(client, { jobQueue: "no-such-queue" });
    await expectListClientError(client, { jobQueue: QUEUE, jobStatus: "DONE" });
    await expectListClientError(client, {
      jobQueue: QUEUE,
      filters: [{ name: "job_name", values: ["a"] }],
    });
    await expectListClientError(client, {
      jobQueue: QUEUE,
      filters: [{ name: "AFTER_CREATED_AT", values: ["2026-12-01"] }],
    });
  });
});

describe("ListServiceJobs results", () => {
  it("returns only RUNNING jobs when no status is given, as ground truth", async () => {
    const running = truth((job) => job.status === "RUNNING");
    expect(running.length).toBeGreaterThan(3);
    expect(await listAll({ jobQueue: QUEUE })).toEqual(running);
  });

  it("accepts the queue ARN and returns one status when asked", async () => {
    const arn = `arn:aws:batch:us-east-1:123456789012:job-queue/${QUEUE}`;
    const failed = truth((job) => job.status === "FAILED");
    expect(failed.length).toBeGreaterThan(100);
    expect(await listAll({ jobQueue: arn, jobStatus: "FAILED" })).toEqual(
      failed,
    );
  });

  it("matches JOB_NAME case-insensitively, exactly or by prefix, in any status", async () => {
    const sample = sim.jobs(QUEUE)[40] as JobDetail;
    const exact = truth(
      (job) => job.jobName.toLowerCase() === sample.jobName.toLowerCase(),
    );
    const upper = sample.jobName.toUpperCase();
    expect(
      await listAll({
        jobQueue: QUEUE,
        jobStatus: "RUNNING",
        filters: [{ name: "JOB_NAME", values: [upper] }],
      }),
    ).toEqual(exact);
    const prefix = truth((job) => job.jobName.startsWith("llama3-"));
    expect(prefix.length).toBeGreaterThan(20);
    expect(
      await listAll({
        jobQueue: QUEUE,
        filters: [{ name: "JOB_NAME", values: ["LLAMA3-*"] }],
      }),
    ).toEqual(prefix);
  });

  it("compares BEFORE_CREATED_AT and AFTER_CREATED_AT inclusively on createdAt", async () => {
    const pivot = (sim.jobs(QUEUE)[500] as JobDetail).createdAt as number;
    const before = truth((job) => (job.createdAt as number) <= pivot);
    const after = truth((job) => (job.createdAt as number) >= pivot);
    expect(
      await listAll({
        jobQueue: QUEUE,
        filters: [{ name: "BEFORE_CREATED_AT", values: [String(pivot)] }],
      }),
    ).toEqual(before);
    expect(
      await listAll({
        jobQueue: QUEUE,
        filters: [{ name: "AFTER_CREATED_AT", values: [String(pivot)] }],
      }),
    ).toEqual(after);
    // Sweeps share a createdAt, so jobs tied with the pivot are in both.
    const all = truth(() => true);
    const ties = truth((job) => job.createdAt === pivot).length;
    expect(ties).toBeGreaterThanOrEqual(1);
    expect(after.length).toBeGreaterThanOrEqual(501);
    expect(after).toEqual(all.slice(0, after.length));
    expect(before).toEqual(all.slice(all.length - before.length));
    expect(before.length + after.length - ties).toBe(all.length);
  });

  it("combines SHARE_IDENTIFIER with jobStatus, RUNNING by default", async () => {
    const nlpDone = truth(
      (job) => job.shareIdentifier === "nlp" && job.status === "SUCCEEDED",
    );
    const nlpRunning = truth(
      (job) => job.shareIdentifier === "nlp" && job.status === "RUNNING",
    );
    const filters = [{ name: "SHARE_IDENTIFIER", values: ["nlp"] }];
    expect(nlpDone.length).toBeGreaterThan(100);
    expect(
      await listAll({ jobQueue: QUEUE, jobStatus: "SUCCEEDED", filters }),
    ).toEqual(nlpDone);
    expect(await listAll({ jobQueue: QUEUE, filters })).toEqual(nlpRunning);
  });

  it("sends nextToken only while more pages exist", async () => {
    const total = truth((job) => job.status === "SUCCEEDED").length;
    const pages: number[] = [];
    const tokens: (string | undefined)[] = [];
    for await (const page of paginateListServiceJobs(
      { client, pageSize: 100 },
      { jobQueue: QUEUE, jobStatus: "SUCCEEDED" },
    )) {
      pages.push(page.jobSummaryList?.length ?? 0);
      tokens.push(page.nextToken);
    }
    expect(pages.reduce((a, b) => a + b, 0)).toBe(total);
    expect(pages.slice(0, -1).every((n) => n === 100)).toBe(true);
    expect(tokens.at(-1)).toBeUndefined();
    expect(tokens.slice(0, -1).every((t) => typeof t === "string")).toBe(true);
  });
});
