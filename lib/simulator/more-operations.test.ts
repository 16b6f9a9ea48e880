import {
  type BatchClient,
  ClientException,
  DescribeServiceJobCommand,
  GetJobQueueSnapshotCommand,
  ListTagsForResourceCommand,
  TerminateServiceJobsCommand,
  UpdateServiceJobCommand,
} from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";
import type { JobDetail } from "@/lib/batch/types";
import type { Simulator } from "./index";
import { serveForTests } from "./testing/served-simulator";

const START = Date.UTC(2026, 11, 3, 16, 0);
const QUEUE = "llm-pretraining";
let sim: Simulator;
let client: BatchClient;

serveForTests(
  { seed: 21, jobs: 3000, speed: 0, startTime: START },
  (served) => {
    ({ sim, client } = served);
  },
);

function withStatus(status: string): JobDetail[] {
  return sim.jobs(QUEUE).filter((job) => job.status === status);
}

async function frontIds(): Promise<string[]> {
  const snapshot = await client.send(
    new GetJobQueueSnapshotCommand({ jobQueue: QUEUE }),
  );
  return (snapshot.frontOfQueue?.jobs ?? []).map((j) => j.jobArn ?? "");
}

describe("GetJobQueueSnapshot", () => {
  it("lists the RUNNABLE jobs in dispatch order and the instances in use", async () => {
    const runnable = withStatus("RUNNABLE");
    // The whole backlog fits in one snapshot, so both sets must match.
    expect(runnable.length).toBeGreaterThan(0);
    expect(runnable.length).toBeLessThanOrEqual(100);
    const snapshot = await client.send(
      new GetJobQueueSnapshotCommand({ jobQueue: QUEUE }),
    );
    const front = snapshot.frontOfQueue?.jobs ?? [];
    expect(new Set(front.map((j) => j.jobArn))).toEqual(
      new Set(runnable.map((j) => j.jobArn)),
    );
    for (const entry of front)
      expect(entry.earliestTimeAtPosition).toBeLessThanOrEqual(sim.now());
    const held = [...withStatus("STARTING"), ...withStatus("RUNNING")].reduce(
      (sum, job) => sum + (job.capacityUsage?.[0]?.quantity ?? 0),
      0,
    );
    expect(snapshot.queueUtilization?.totalCapacityUsage).toEqual([
      { capacityUnit: "NUM_INSTANCES", quantity: held },
    ]);
    expect(snapshot.queueUtilization?.lastUpdatedAt).toBe(sim.now());
  });
});

describe("UpdateServiceJob", () => {
  it("moves a waiting job to the front of its share", async () => {
    const newest = withStatus("RUNNABLE").at(0) as JobDetail;
    const out = await client.send(
      new UpdateServiceJobCommand({
        jobId: newest.jobId,
        schedulingPriority: 9999,
      }),
    );
    expect(out).toMatchObject({
      jobId: newest.jobId,
      jobArn: newest.jobArn,
    });
    const detail = await client.send(
      new DescribeServiceJobCommand({ jobId: newest.jobId }),
    );
    expect(detail.schedulingPriority).toBe(9999);
    const front = await frontIds();
    const sameShare = new Set(
      withStatus("RUNNABLE")
        .filter((job) => job.shareIdentifier === newest.shareIdentifier)
        .map((job) => job.jobArn),
    );
    expect(front.filter((arn) => sameShare.has(arn))[0]).toBe(newest.jobArn);
  });

  it("refuses a priority out of range", async () => {
    const job = sim.jobs(QUEUE)[0] as JobDetail;
    const error = await client
      .send(
        new UpdateServiceJobCommand({
          jobId: job.jobId,
          schedulingPriority: 10_000,
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
  });
});

describe("TerminateServiceJobs", () => {
  it("terminates several jobs and counts unknown ones as processed", async () => {
    const [a, b] = withStatus("RUNNING") as [JobDetail, JobDetail];
    const unknown = "00000000-0000-4000-8000-000000000000";
    const out = await client.send(
      new TerminateServiceJobsCommand({
        jobs: [a.jobId, b.jobId, unknown],
        reason: "bulk stop",
      }),
    );
    expect(out.successful).toEqual([a.jobId, b.jobId, unknown]);
    expect(out.errors).toEqual([]);
    for (const id of [a.jobId, b.jobId]) {
      const job = sim.jobs(QUEUE).find((j) => j.jobId === id);
      expect(job).toMatchObject({
        status: "FAILED",
        isTerminated: true,
        statusReason: "bulk stop",
      });
    }
  });
});

describe("ListTagsForResource", () => {
  it("returns a job's tags, none for a queue, and refuses an unknown ARN", async () => {
    const job = sim.jobs(QUEUE)[3] as JobDetail;
    const tags = await client.send(
      new ListTagsForResourceCommand({ resourceArn: job.jobArn }),
    );
    expect(tags.tags).toEqual(job.tags);
    expect(Object.keys(tags.tags ?? {})).toContain("team");
    const queueArn =
      "arn:aws:batch:us-east-1:123456789012:job-queue/llm-pretraining";
    const none = await client.send(
      new ListTagsForResourceCommand({ resourceArn: queueArn }),
    );
    expect(none.tags).toEqual({});
    const error = await client
      .send(new ListTagsForResourceCommand({ resourceArn: `${queueArn}-gone` }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
  });
});
