import "server-only";

import { getBatchGateway } from "@/lib/server/batch/client";
import { getConfig, type BackendConfig } from "@/lib/server/config";
import { getLogger } from "@/lib/server/logger";

function describeBackend(backend: BackendConfig) {
  if (backend.kind === "aws") {
    return {
      backend: "aws",
      region: backend.region,
      endpoint: backend.endpoint ?? "default AWS endpoint",
    };
  }
  const { seed, jobs, speed, historyDays, startTime } = backend;
  return { backend: "simulator", seed, jobs, speed, historyDays, startTime };
}

/**
 * Validates the configuration and builds the Batch client (and in demo mode
 * the simulated world) at server start. Throws on bad settings so the server
 * refuses to start rather than failing its first request.
 */
export function startServer(): void {
  try {
    const config = getConfig();
    getBatchGateway();
    getLogger().info(describeBackend(config.backend), "batch backend ready");
  } catch (error) {
    getLogger().fatal(
      { error: error instanceof Error ? error.message : String(error) },
      "server start refused",
    );
    throw error;
  }
}
