import { describe, expect, it } from "vitest";

import { ConfigError, parseConfig } from "@/lib/server/config";

const aws = { AWS_REGION: "eu-west-1" };
const sim = { BATCH_BACKEND: "simulator" };

function messageOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("parseConfig accepted a bad environment");
}

describe("parseConfig", () => {
  it("defaults to AWS and refuses to start without a region", () => {
    expect(messageOf({})).toBe(
      "Invalid configuration: AWS_REGION is required when BATCH_BACKEND=aws (set AWS_REGION=us-east-1, or BATCH_BACKEND=simulator for demo mode)",
    );
  });

  it("takes the region from AWS_DEFAULT_REGION too", () => {
    const config = parseConfig({ AWS_DEFAULT_REGION: "us-west-2" });

    expect(config.backend).toEqual({ kind: "aws", region: "us-west-2" });
    expect(config.jobsScanPages).toBe(10);
    expect(config.logLevel).toBe("info");
  });

  it("keeps an http(s) endpoint override", () => {
    const config = parseConfig({
      ...aws,
      AWS_ENDPOINT_URL_BATCH: "http://127.0.0.1:4566",
    });

    expect(config.backend).toEqual({
      kind: "aws",
      region: "eu-west-1",
      endpoint: "http://127.0.0.1:4566",
    });
  });

  it("fills simulator defaults", () => {
    expect(parseConfig(sim).backend).toEqual({
      kind: "simulator",
      seed: 7,
      jobs: 5000,
      speed: 1,
      historyDays: 14,
      startTime: undefined,
    });
  });

  it.each([
    [{ BATCH_BACKEND: "local" }, "BATCH_BACKEND"],
    [
      { ...aws, AWS_ENDPOINT_URL_BATCH: "localhost:4566" },
      "AWS_ENDPOINT_URL_BATCH",
    ],
    [
      { ...aws, AWS_ENDPOINT_URL_BATCH: "ftp://x.example" },
      "AWS_ENDPOINT_URL_BATCH",
    ],
    [{ ...aws, AWS_ACCESS_KEY_ID: "AKIDEXAMPLE" }, "AWS_SECRET_ACCESS_KEY"],
    [{ ...aws, AWS_SECRET_ACCESS_KEY: "secret" }, "AWS_ACCESS_KEY_ID"],
    [{ ...sim, SIM_SEED: "seven" }, "SIM_SEED"],
    [{ ...sim, SIM_JOBS: "-1" }, "SIM_JOBS"],
    [{ ...sim, SIM_SPEED: "fast" }, "SIM_SPEED"],
    [{ ...sim, SIM_HISTORY_DAYS: "0" }, "SIM_HISTORY_DAYS"],
    [{ ...sim, SIM_START_TIME: "1700000000" }, "SIM_START_TIME"],
    [{ ...sim, LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
    [{ ...sim, JOBS_SCAN_PAGES: "0" }, "JOBS_SCAN_PAGES"],
    [{ ...sim, JOBS_SCAN_PAGES: "51" }, "JOBS_SCAN_PAGES"],
  ])("names the bad variable in %o", (env, variable) => {
    const message = messageOf(env);

    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it("never echoes a secret in its message", () => {
    const message = messageOf({ ...aws, AWS_SECRET_ACCESS_KEY: "hunter2" });

    expect(message).not.toContain("hunter2");
  });
});
