/**
 * The two simulator worlds the end-to-end tests run against: a frozen one
 * (clock stopped) whose every job the tests can recompute, and a live one
 * whose clock runs fast enough to see jobs change within a test.
 */
export interface World {
  port: number;
  baseUrl: string;
  seed: number;
  jobs: number;
  speed: number;
  startTime: number;
}

// Fixed once in the Playwright main process; workers inherit it, so the
// servers and the tests' own simulator copies build the same world.
process.env.E2E_SIM_START_TIME ??= String(
  Math.floor(Date.now() / 60_000) * 60_000,
);
const startTime = Number(process.env.E2E_SIM_START_TIME);

function world(port: number, fields: Omit<World, "port" | "baseUrl">): World {
  return { port, baseUrl: `http://127.0.0.1:${port}`, ...fields };
}

export const FROZEN_WORLD = world(3100, {
  seed: 7,
  jobs: 12_000,
  speed: 0,
  startTime,
});

export const LIVE_WORLD = world(3101, {
  seed: 11,
  jobs: 2_000,
  speed: 30,
  startTime,
});

/** Environment that starts the dashboard on a world's simulator. */
export function worldEnv(w: World): Record<string, string> {
  return {
    BATCH_BACKEND: "simulator",
    SIM_SEED: String(w.seed),
    SIM_JOBS: String(w.jobs),
    SIM_SPEED: String(w.speed),
    SIM_START_TIME: String(w.startTime),
    LOG_LEVEL: "warn",
  };
}
