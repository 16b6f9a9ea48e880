/**
 * The simulator worlds the end-to-end tests run against: a frozen one
 * (clock stopped) whose every job the tests can recompute, a live one whose
 * clock runs fast enough to see jobs change within a test, and the frozen
 * world once more behind `npm run sim`, reached over the real AWS path.
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

// 12,500 jobs put exactly 5,000 in llm-pretraining, the queue the
// scrolling test reads to its end; the world still builds in about 2 s.
export const FROZEN_WORLD = world(3100, {
  seed: 7,
  jobs: 12_500,
  speed: 0,
  startTime,
});

export const LIVE_WORLD = world(3101, {
  seed: 11,
  jobs: 2_000,
  speed: 120,
  startTime,
});

/**
 * Port of `npm run sim` serving the frozen world to the AWS-path server;
 * not the README's 4010, which a developer's own simulator may hold.
 */
export const SIM_PORT = 4110;

/** A dashboard with the default AWS backend, aimed at `npm run sim`. */
export const AWS_WORLD = world(3102, {
  seed: FROZEN_WORLD.seed,
  jobs: FROZEN_WORLD.jobs,
  speed: FROZEN_WORLD.speed,
  startTime: FROZEN_WORLD.startTime,
});

/** `npm run sim` serving the frozen world's twin on {@link SIM_PORT}. */
export function simCommand(w: World): string {
  const flags = [
    `--port ${SIM_PORT}`,
    `--seed ${w.seed}`,
    `--speed ${w.speed}`,
    `--jobs ${w.jobs}`,
    `--start-time ${w.startTime}`,
  ];
  return `npm run sim -- ${flags.join(" ")}`;
}

/** Environment of a production start on the AWS path: no BATCH_BACKEND. */
export function awsEnv(): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_BATCH: `http://127.0.0.1:${SIM_PORT}`,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "x",
    AWS_SECRET_ACCESS_KEY: "x",
    LOG_LEVEL: "warn",
  };
}

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
