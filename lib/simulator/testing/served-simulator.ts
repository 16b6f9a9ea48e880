import {
  BatchClient,
  ClientException,
  ListServiceJobsCommand,
  type ListServiceJobsCommandInput,
} from "@aws-sdk/client-batch";
import { afterAll, beforeAll, expect } from "vitest";

import type { JobDetail } from "@/lib/batch/types";

import {
  createSimulator,
  serveSimulator,
  type Simulator,
  type SimulatorOptions,
} from "../index";

/** A simulator on a loopback port and a real SDK client aimed at it. */
export interface ServedSimulator {
  sim: Simulator;
  client: BatchClient;
  /** Base URL of the simulator's HTTP server. */
  url: string;
}

/**
 * Serves a simulator over HTTP for the test file that calls it, so every
 * request crosses the real wire protocol. `use` receives the pair once it is
 * up. Retries are off: a test must see each answer the simulator gives.
 */
export function serveForTests(
  options: SimulatorOptions,
  use: (served: ServedSimulator) => void,
): void {
  let close: (() => Promise<void>) | undefined;
  let client: BatchClient | undefined;

  beforeAll(async () => {
    const sim = createSimulator(options);
    const server = await serveSimulator(sim, { port: 0 });
    close = server.close;
    client = new BatchClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials: { accessKeyId: "x", secretAccessKey: "x" },
      maxAttempts: 1,
    });
    use({ sim, client, url: server.url });
  });

  afterAll(async () => {
    client?.destroy();
    await close?.();
  });
}

/** Sends a ListServiceJobs that must fail as AWS does: a 400 ClientException. */
export async function expectListClientError(
  client: BatchClient,
  input: object,
): Promise<ClientException> {
  const send = client.send(
    new ListServiceJobsCommand(input as ListServiceJobsCommandInput),
  );
  const error = await send.catch((e: unknown) => e);

  expect(error).toBeInstanceOf(ClientException);
  expect(error).toMatchObject({
    name: "ClientException",
    $metadata: { httpStatusCode: 400 },
  });
  return error as ClientException;
}

/** The world the ListServiceJobs tests read: 4,000 jobs, clock frozen. */
export const LISTING_WORLD: SimulatorOptions = {
  seed: 11,
  jobs: 4000,
  speed: 0,
  startTime: Date.UTC(2026, 11, 3, 16, 0),
};

/** Ids of a queue's jobs that `keep` accepts, newest first: the truth. */
export function jobIdsWhere(
  sim: Simulator,
  queue: string,
  keep: (job: JobDetail) => boolean,
): string[] {
  return sim
    .jobs(queue)
    .filter(keep)
    .map((job) => job.jobId);
}
