import {
  type BatchClient,
  ClientException,
  DescribeServiceJobCommand,
  SubmitServiceJobCommand,
  TerminateServiceJobCommand,
  type SubmitServiceJobCommandInput,
} from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";
import type { JobDetail } from "@/lib/batch/types";
import type { Simulator } from "./index";
import { serveForTests } from "./testing/served-simulator";

const START = Date.UTC(2026, 11, 3, 16, 0);
let sim: Simulator;
let client: BatchClient;

serveForTests({ seed: 3, jobs: 2000, speed: 0, startTime: START }, (served) => {
  ({ sim, client } = served);
});

const PAYLOAD = JSON.stringify({
  TrainingJobName: "bert-base-squad-v2-finetune",
  ResourceConfig: {
    InstanceType: "ml.g5.12xlarge",
    InstanceCount: 2,
    VolumeSizeInGB: 100,
  },
});

function submitInput(overrides: Partial<SubmitServiceJobCommandInput> = {}) {
  return {
    jobName: "bert-base-squad-v2-finetune",
    jobQueue: "vision-finetune",
    serviceJobType: "SAGEMAKER_TRAINING",
    serviceRequestPayload: PAYLOAD,
    ...overrides,
  } as SubmitServiceJobCommandInput;
}

async function rejected(promise: Promise<unknown>): Promise<ClientException> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ClientException);
  expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
  return error as ClientException;
}

/** Every Long field of a described job, wherever it sits. */
function timestamps(job: object): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, key?: string) => {
    if (key && /At$/.test(key)) found.push(value);
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(job);
  return found;
}

describe("DescribeServiceJob", () => {
  it("describes a job by ID and by ARN, equal to ground truth", async () => {
    const truth = sim
      .jobs("llm-pretraining")
      .find((j) => j.status === "SUCCEEDED") as JobDetail;
    const byId = await client.send(
      new DescribeServiceJobCommand({ jobId: truth.jobId }),
    );
    const byArn = await client.send(
      new DescribeServiceJobCommand({ jobId: truth.jobArn }),
    );
    const { $metadata, ...detail } = byId;
    expect($metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(detail).toEqual(truth);
    expect(byArn.jobId).toBe(truth.jobId);
    expect(detail.jobQueue).toBe(
      "arn:aws:batch:us-east-1:123456789012:job-queue/llm-pretraining",
    );
    expect(JSON.parse(detail.serviceRequestPayload ?? "")).toMatchObject({
      ResourceConfig: { InstanceCount: detail.capacityUsage?.[0]?.quantity },
    });
  });

  it("sends every timestamp as a number", async () => {
    const sample = sim.jobs().filter((_, i) => i % 97 === 0);
    for (const job of sample) {
      const detail = await client.send(
        new DescribeServiceJobCommand({ jobId: job.jobId }),
      );
      const times = timestamps(detail);
      expect(times.length).toBeGreaterThanOrEqual(1);
      for (const t of times) expect(typeof t).toBe("number");
    }
  });

  it("refuses an unknown job and a missing jobId", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    const error = await rejected(
      client.send(new DescribeServiceJobCommand({ jobId: unknown })),
    );
    expect(error.message).toContain(unknown);
    await rejected(
      client.send(new DescribeServiceJobCommand({} as { jobId: string })),
    );
  });
});

describe("SubmitServiceJob and TerminateServiceJob", () => {
  it("submits a job that runs through the lifecycle", async () => {
    const out = await client.send(
      new SubmitServiceJobCommand(submitInput({ tags: { team: "vision" } })),
    );
    expect(out.jobArn).toBe(
      `arn:aws:batch:us-east-1:123456789012:service-job/${out.jobId}`,
    );
    expect(out.jobName).toBe("bert-base-squad-v2-finetune");
    const first = await client.send(
      new DescribeServiceJobCommand({ jobId: out.jobId }),
    );
    expect(first).toMatchObject({
      status: "SUBMITTED",
      createdAt: sim.now(),
      tags: { team: "vision" },
      isTerminated: false,
    });
    expect(first.capacityUsage).toEqual([
      { capacityUnit: "NUM_INSTANCES", quantity: 2 },
    ]);
    expect(first.attempts).toBeUndefined();
    sim.advance(2 * 86_400_000);
    const later = await client.send(
      new DescribeServiceJobCommand({ jobId: out.jobId }),
    );
    expect(["SUCCEEDED", "FAILED"]).toContain(later.status);
    expect(later.attempts?.length).toBeGreaterThanOrEqual(1);
    expect(later.latestAttempt?.serviceResourceId?.value).toMatch(
      /^arn:aws:sagemaker:us-east-1:123456789012:training-job\/AWSBatchbert-base-squad-v2-fine[0-9a-f]{32}$/,
    );
  });

  it("terminates a job: FAILED, isTerminated, the reason, an empty 200", async () => {
    const { jobId } = await client.send(
      new SubmitServiceJobCommand(submitInput()),
    );
    sim.advance(60_000);
    const answer = await client.send(
      new TerminateServiceJobCommand({
        jobId,
        reason: "Stopped from the test",
      }),
    );
    expect(answer.$metadata.httpStatusCode).toBe(200);
    const job = await client.send(new DescribeServiceJobCommand({ jobId }));
    expect(job).toMatchObject({
      status: "FAILED",
      isTerminated: true,
      statusReason: "Stopped from the test",
      stoppedAt: sim.now(),
    });
    const summary = sim.jobs("vision-finetune").find((j) => j.jobId === jobId);
    expect(summary?.isTerminated).toBe(true);
    sim.advance(86_400_000);
    const again = await client.send(
      new TerminateServiceJobCommand({ jobId: job.jobArn, reason: "twice" }),
    );
    expect(again.$metadata.httpStatusCode).toBe(200);
    const still = await client.send(new DescribeServiceJobCommand({ jobId }));
    expect(still).toMatchObject({
      status: "FAILED",
      statusReason: "Stopped from the test",
      stoppedAt: job.stoppedAt,
    });
  });

  it("closes the open attempt of a terminated running job", async () => {
    const running = sim
      .jobs("research-spot")
      .find((j) => j.status === "RUNNING") as JobDetail;
    await client.send(
      new TerminateServiceJobCommand({
        jobId: running.jobId,
        reason: "make room",
      }),
    );
    const after = sim
      .jobs("research-spot")
      .find((j) => j.jobId === running.jobId) as JobDetail;
    expect(after.attempts?.at(-1)?.stoppedAt).toBe(sim.now());
    expect(after.status).toBe("FAILED");
  });

  it("refuses invalid submissions", async () => {
    const bad: Partial<SubmitServiceJobCommandInput>[] = [
      { jobName: "has space" },
      { jobName: "x".repeat(129) },
      { jobQueue: "etl-cpu" },
      { jobQueue: "legacy-nlp-experiments" },
      { jobQueue: "missing-queue" },
      { jobQueue: "llm-pretraining" },
      { shareIdentifier: "nlp" },
      { schedulingPriority: 10_000 },
      { retryStrategy: { attempts: 11 } },
      { retryStrategy: { attempts: 0 } },
      { serviceRequestPayload: "x".repeat(10 * 1024 + 1) },
      { serviceJobType: "EKS" as "SAGEMAKER_TRAINING" },
    ];
    for (const overrides of bad) {
      await rejected(
        client.send(new SubmitServiceJobCommand(submitInput(overrides))),
      );
    }
  });

  it("accepts a fair-share submission with a share identifier and retry rules", async () => {
    const { jobId } = await client.send(
      new SubmitServiceJobCommand(
        submitInput({
          jobQueue: "llm-pretraining",
          shareIdentifier: "speech",
          schedulingPriority: 9999,
          retryStrategy: {
            attempts: 2,
            evaluateOnExit: [{ action: "RETRY", onStatusReason: "*" }],
          },
        }),
      ),
    );
    const job = await client.send(new DescribeServiceJobCommand({ jobId }));
    expect(job).toMatchObject({
      shareIdentifier: "speech",
      schedulingPriority: 9999,
      retryStrategy: { attempts: 2 },
    });
  });
});

describe("timeouts and request size", () => {
  it("fails an attempt that outlives attemptDurationSeconds, without retry", async () => {
    const { jobId } = await client.send(
      new SubmitServiceJobCommand(
        submitInput({
          timeoutConfig: { attemptDurationSeconds: 60 },
          retryStrategy: { attempts: 3 },
        }),
      ),
    );
    sim.advance(2 * 86_400_000);
    const job = await client.send(new DescribeServiceJobCommand({ jobId }));
    expect(job.status).toBe("FAILED");
    expect(job.statusReason).toBe("Job attempt duration exceeded timeout");
    const started = (job.attempts ?? []).filter((a) => a.startedAt);
    expect(started).toHaveLength(1);
    const [attempt] = started;
    expect((attempt?.stoppedAt ?? 0) - (attempt?.startedAt ?? 0)).toBe(60_000);
  });

  it("refuses a request over 30 KiB although each member is in range", async () => {
    const tags = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `k${i}`.padEnd(128, "k"),
        "v".repeat(256),
      ]),
    );
    const rule = { action: "RETRY", onStatusReason: "R".repeat(512) };
    const error = await rejected(
      client.send(
        new SubmitServiceJobCommand(
          submitInput({
            tags,
            serviceRequestPayload: "p".repeat(10_000),
            retryStrategy: { attempts: 2, evaluateOnExit: Array(5).fill(rule) },
          }),
        ),
      ),
    );
    expect(error.message).toContain("30 KiB");
  });
});
