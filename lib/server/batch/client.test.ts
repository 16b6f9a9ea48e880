import { describe, expect, it } from "vitest";

import { gatewayFromConfig } from "@/lib/server/batch/client";
import { parseConfig } from "@/lib/server/config";
import { listServiceQueues } from "@/lib/server/queues";

describe("gatewayFromConfig", () => {
  it("runs demo mode on the simulator through the SDK, on the simulator's clock", async () => {
    const config = parseConfig({
      BATCH_BACKEND: "simulator",
      SIM_JOBS: "200",
      SIM_SPEED: "0",
      SIM_START_TIME: "1780000000000",
      JOBS_SCAN_PAGES: "4",
    });
    const gateway = gatewayFromConfig(config);

    expect(gateway.now()).toBe(1_780_000_000_000);
    expect(gateway.scanPages).toBe(4);
    expect((await listServiceQueues(gateway)).length).toBe(4);
    expect(gatewayFromConfig(config).now()).toBe(1_780_000_000_000);
  });

  it("points the AWS client at the configured region and endpoint", async () => {
    const config = parseConfig({
      AWS_REGION: "eu-central-1",
      AWS_ENDPOINT_URL_BATCH: "http://127.0.0.1:4566",
    });
    const { client } = gatewayFromConfig(config);
    const endpoint = await client.config.endpoint?.();

    expect(await client.config.region()).toBe("eu-central-1");
    expect(endpoint?.hostname).toBe("127.0.0.1");
    expect(endpoint?.port).toBe(4566);
    expect(await client.config.maxAttempts()).toBe(3);
  });
});
