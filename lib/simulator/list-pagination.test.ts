import {
  type BatchClient,
  ListServiceJobsCommand,
  paginateListServiceJobs,
  SubmitServiceJobCommand,
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

const truth = (keep: (job: JobDetail) => boolean) =>
  jobIdsWhere(sim, QUEUE, keep);

describe("ListServiceJobs pagination snapshot", () => {
  async function chainWhileTheWorldMoves(
    input: ListServiceJobsCommandInput,
    pageSize: number,
  ) {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListServiceJobs(
      { client, pageSize },
      { ...input },
    )) {
      ids.push(...(page.jobSummaryList ?? []).map((job) => job.jobId ?? ""));
      pages += 1;
      sim.advance(20 * 60_000);
      await client.send(
        new SubmitServiceJobCommand({
          jobName: `snapshot-probe-${pages}`,
          jobQueue: QUEUE,
          serviceJobType: "SAGEMAKER_TRAINING",
          serviceRequestPayload: JSON.stringify({
            ResourceConfig: { InstanceCount: 1 },
          }),
          shareIdentifier: "nlp",
        }),
      );
    }
    return { ids, pages };
  }

  it("never repeats or skips a RUNNING job while jobs change status between pages", async () => {
    const atStart = truth((job) => job.status === "RUNNING");
    const { ids, pages } = await chainWhileTheWorldMoves(
      { jobQueue: QUEUE },
      3,
    );
    expect(pages).toBeGreaterThan(2);
    expect(ids).toEqual(atStart);
    const nowRunning = truth((job) => job.status === "RUNNING");
    expect(nowRunning).not.toEqual(atStart);
  });

  it("never shows jobs created after the first page of a prefix chain", async () => {
    const all = truth(() => true);
    const filters = [{ name: "JOB_NAME", values: ["*"] }];
    const { ids, pages } = await chainWhileTheWorldMoves(
      { jobQueue: QUEUE, filters },
      100,
    );
    expect(pages).toBeGreaterThan(10);
    expect(ids).toEqual(all);
    const probes = truth((job) => job.jobName.startsWith("snapshot-probe-"));
    expect(probes.length).toBeGreaterThanOrEqual(pages);
  });

  it("refuses a tampered token and a token reused with another query", async () => {
    const first = await client.send(
      new ListServiceJobsCommand({
        jobQueue: QUEUE,
        jobStatus: "SUCCEEDED",
        maxResults: 5,
      }),
    );
    const token = first.nextToken as string;
    expect(token).toEqual(expect.any(String));
    const [body, mac] = token.split(".") as [string, string];
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(body, "base64url").toString()),
        v: 1,
      }),
    ).toString("base64url");
    await expectListClientError(client, {
      jobQueue: QUEUE,
      jobStatus: "SUCCEEDED",
      nextToken: `${forged}.${mac}`,
    });
    await expectListClientError(client, {
      jobQueue: QUEUE,
      jobStatus: "SUCCEEDED",
      nextToken: "garbage",
    });
    await expectListClientError(client, {
      jobQueue: QUEUE,
      jobStatus: "FAILED",
      nextToken: token,
    });
    const second = await client.send(
      new ListServiceJobsCommand({
        jobQueue: QUEUE,
        jobStatus: "SUCCEEDED",
        maxResults: 5,
        nextToken: token,
      }),
    );
    expect(second.jobSummaryList).toHaveLength(5);
  });
});
