import "server-only";

import { BatchClient } from "@aws-sdk/client-batch";
import type { HttpHandler } from "@smithy/protocol-http";

import { createSimulator, type Simulator } from "@/lib/simulator";
import type { BackendConfig } from "@/lib/server/config";
import { createSimulatorTransport } from "@/lib/server/batch/simulator-transport";

type SimulatorConfig = Extract<BackendConfig, { kind: "simulator" }>;

/** The region the simulated account lives in. */
export const SIMULATOR_REGION = "us-east-1";

// Never contacted: the transport answers in-process. A name that cannot be
// mistaken for AWS keeps logs and error reports honest.
const SIMULATOR_ENDPOINT = "http://batch-simulator.internal";

const holder = globalThis as typeof globalThis & {
  __batchSimulator?: Simulator;
};

/** The process's one simulated Batch account (demo mode). */
export function getProcessSimulator(config: SimulatorConfig): Simulator {
  holder.__batchSimulator ??= createSimulator({
    seed: config.seed,
    jobs: config.jobs,
    speed: config.speed,
    historyDays: config.historyDays,
    startTime: config.startTime,
    region: SIMULATOR_REGION,
  });
  return holder.__batchSimulator;
}

/**
 * A real BatchClient whose requests go to `handler` rather than the network,
 * signed with static dummy credentials (the simulator ignores signatures).
 */
export function createClientOver(
  handler: HttpHandler,
  options: { maxAttempts?: number } = {},
): BatchClient {
  return new BatchClient({
    region: SIMULATOR_REGION,
    endpoint: SIMULATOR_ENDPOINT,
    credentials: { accessKeyId: "SIMULATOR", secretAccessKey: "SIMULATOR" },
    requestHandler: handler,
    maxAttempts: options.maxAttempts ?? 3,
  });
}

/** A BatchClient that talks to `sim` through the in-process transport. */
export function createSimulatorClient(
  sim: Simulator,
  options: { maxAttempts?: number } = {},
): BatchClient {
  return createClientOver(createSimulatorTransport(sim), options);
}
