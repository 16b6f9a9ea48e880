import { spawn } from "node:child_process";
import {
  BatchClient,
  ClientException,
  DescribeJobQueuesCommand,
  ListServiceJobsCommand,
  type ListServiceJobsCommandInput,
} from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";

const TSX = "node_modules/.bin/tsx";

function run(args: string[]) {
  const child = spawn(TSX, ["scripts/sim.ts", ...args], { stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", resolve),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

const QUEUE = "llm-pretraining";
const NAME = { name: "JOB_NAME", values: ["llama*"] };
const AFTER = { name: "AFTER_CREATED_AT", values: ["0"] };

/** What a client of the served simulator must get back, as from AWS. */
async function expectAwsAnswers(client: BatchClient) {
  const refused: ListServiceJobsCommandInput[] = [
    { jobQueue: QUEUE, filters: [NAME, AFTER] },
    { jobQueue: QUEUE, filters: [{ ...NAME, values: ["a*", "b*"] }] },
    { jobQueue: QUEUE, maxResults: 101 },
  ];
  for (const input of refused) {
    const error = await client
      .send(new ListServiceJobsCommand(input))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
  }

  const running = await client.send(
    new ListServiceJobsCommand({ jobQueue: QUEUE }),
  );
  const statuses = new Set(running.jobSummaryList?.map((j) => j.status));
  expect([...statuses]).toEqual(["RUNNING"]);
}

describe("npm run sim", () => {
  it.each([
    [["--port", "abc"], "--port must be an integer"],
    [["--speed=-1"], "--speed must be a number"],
    [["--jobs", "1.5"], "--jobs must be an integer"],
    [["--history-days", "0"], "--history-days must be a number"],
    [["--colour", "blue"], "Unknown option '--colour'"],
  ])("refuses %j with exit code 2", async (args, message) => {
    const sim = run(args);
    expect(await sim.exited).toBe(2);
    expect(sim.output().stderr).toContain(message);
  });

  it("serves the simulator and prints the URL and a CLI example", async () => {
    const sim = run(["--port", "0", "--jobs", "400", "--speed", "0"]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        sim.child.stdout.on("data", () => {
          const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(
            sim.output().stdout,
          );
          if (match?.[1]) resolve(match[1]);
        });
        void sim.exited.then(() => reject(new Error(sim.output().stderr)));
      });
      const client = new BatchClient({
        region: "us-east-1",
        endpoint: url,
        credentials: { accessKeyId: "x", secretAccessKey: "x" },
      });
      const out = await client.send(new DescribeJobQueuesCommand({}));
      expect(out.jobQueues?.map((q) => q.jobQueueName)).toContain("etl-cpu");
      await expectAwsAnswers(client);
      client.destroy();
      expect(sim.output().stdout).toContain(
        `AWS_ENDPOINT_URL_BATCH=${url} AWS_REGION=us-east-1`,
      );
    } finally {
      sim.child.kill("SIGTERM");
      await sim.exited;
    }
  });
});
