import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

import {
  AWS_WORLD,
  awsEnv,
  FROZEN_WORLD,
  LIVE_WORLD,
  SIM_PORT,
  simCommand,
  worldEnv,
} from "./e2e/support/worlds";

// Debian's Chromium where it exists (Playwright cannot download browsers on
// the CI machines); Playwright's own browser anywhere else.
const systemChromium = "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

// Never reuse a server already on a port: the tests recompute each world
// from the start time fixed in this run, which another server would not share.
const serverDefaults = {
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    timezoneId: "Europe/Berlin",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  projects: [
    {
      name: "frozen",
      testIgnore: /live\.spec\.ts/,
      use: { baseURL: FROZEN_WORLD.baseUrl },
    },
    {
      name: "live",
      testMatch: /live\.spec\.ts/,
      use: { baseURL: LIVE_WORLD.baseUrl },
    },
  ],
  webServer: [
    ...[FROZEN_WORLD, LIVE_WORLD].map((world) => ({
      command: `npx next start -p ${world.port}`,
      url: `${world.baseUrl}/api/queues`,
      env: worldEnv(world),
      ...serverDefaults,
    })),
    {
      command: simCommand(AWS_WORLD),
      port: SIM_PORT,
      ...serverDefaults,
    },
    {
      // `env -u` so an inherited BATCH_BACKEND cannot turn the AWS path off.
      command: `env -u BATCH_BACKEND -u SIM_SEED -u SIM_JOBS npx next start -p ${AWS_WORLD.port}`,
      url: `${AWS_WORLD.baseUrl}/api/queues`,
      env: awsEnv(),
      ...serverDefaults,
    },
  ],
});
