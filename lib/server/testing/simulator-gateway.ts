import "server-only";

import type { FaultOptions } from "@/lib/simulator";
import { createSimulator, type Simulator } from "@/lib/simulator";
import {
  createBatchGateway,
  type BatchGateway,
} from "@/lib/server/batch/client";
import { createSimulatorClient } from "@/lib/server/batch/simulator-backend";

/** A fixed "now" for test worlds: 2026-06-01T12:00:00Z. */
export const TEST_START_TIME = Date.UTC(2026, 5, 1, 12);

/** A frozen simulator plus a gateway that reaches it through the real SDK. */
export interface SimulatorWorld {
  sim: Simulator;
  gateway: BatchGateway;
}

/** Builds a test world; the clock stands still unless a test advances it. */
export function simulatorWorld(
  options: { jobs?: number; scanPages?: number; faults?: FaultOptions } = {},
): SimulatorWorld {
  const sim = createSimulator({
    seed: 7,
    jobs: options.jobs ?? 3000,
    speed: 0,
    startTime: TEST_START_TIME,
    faults: options.faults,
  });
  const client = createSimulatorClient(sim, {
    maxAttempts: options.faults ? 1 : 3,
  });
  const gateway = createBatchGateway(client, {
    now: () => sim.now(),
    scanPages: options.scanPages,
  });

  return { sim, gateway };
}
