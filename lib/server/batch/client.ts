import "server-only";

import { BatchClient } from "@aws-sdk/client-batch";

import {
  getConfig,
  type BackendConfig,
  type ServerConfig,
} from "@/lib/server/config";
import {
  createSimulatorClient,
  getProcessSimulator,
} from "@/lib/server/batch/simulator-backend";

/** Everything the Batch-facing modules need: a client and its clock. */
export interface BatchGateway {
  client: BatchClient;
  /** The backend's clock in epoch ms (the simulator's own in demo mode). */
  now(): number;
  /** Upper bound of ListServiceJobs pages read per `/api/jobs` page. */
  scanPages: number;
}

/** Builds a gateway over any client; tests use this with the simulator. */
export function createBatchGateway(
  client: BatchClient,
  options: { now?: () => number; scanPages?: number } = {},
): BatchGateway {
  return {
    client,
    now: options.now ?? Date.now,
    scanPages: options.scanPages ?? 10,
  };
}

function awsClient(backend: Extract<BackendConfig, { kind: "aws" }>) {
  // Credentials come from the SDK's default chain (env, profile, SSO, IMDS);
  // the SDK already retries throttling and 5xx, so keep its 3 attempts.
  return new BatchClient({
    region: backend.region,
    endpoint: backend.endpoint,
    maxAttempts: 3,
  });
}

/** The gateway a configuration asks for (AWS, or the process's simulator). */
export function gatewayFromConfig(config: ServerConfig): BatchGateway {
  const { backend, jobsScanPages } = config;
  if (backend.kind === "aws") {
    return createBatchGateway(awsClient(backend), { scanPages: jobsScanPages });
  }
  const sim = getProcessSimulator(backend);

  return createBatchGateway(createSimulatorClient(sim), {
    now: () => sim.now(),
    scanPages: jobsScanPages,
  });
}

// Next may evaluate this module more than once (one instance per route
// bundle); globalThis keeps one client, and one simulator, per process.
const holder = globalThis as typeof globalThis & {
  __batchGateway?: BatchGateway;
};

/** The process's gateway, built from the configuration on first use. */
export function getBatchGateway(): BatchGateway {
  holder.__batchGateway ??= gatewayFromConfig(getConfig());
  return holder.__batchGateway;
}

/** Replaces the process's gateway (tests only); `undefined` resets it. */
export function setBatchGatewayForTests(gateway: BatchGateway | undefined) {
  holder.__batchGateway = gateway;
}
