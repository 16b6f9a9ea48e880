/**
 * Serves the Batch service-job simulator over HTTP for the AWS CLI, curl
 * or a dashboard pointed at it with AWS_ENDPOINT_URL_BATCH.
 *
 *   npm run sim -- --port 4010 --seed 7 --speed 0 --jobs 5000
 *
 * `--start-time` fixes "now" so this world equals an in-process one built
 * with the same seed, jobs and SIM_START_TIME (the end-to-end tests do).
 */
import { parseArgs } from "node:util";
import { createSimulator, serveSimulator } from "@/lib/simulator";

const USAGE = `Usage: npm run sim -- [--port 4010] [--host 127.0.0.1] [--seed 7]
       [--speed 1] [--jobs 5000] [--history-days 14]
       [--start-time <epoch ms, default now>]`;

function fail(message: string): never {
  console.error(`sim: ${message}\n${USAGE}`);
  process.exit(2);
}

function numberFlag(
  name: string,
  raw: string,
  min: number,
  max: number,
  integer = true,
) {
  const value = Number(raw);
  const badType =
    raw.trim() === "" ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value));
  if (badType || value < min || value > max) {
    fail(
      `--${name} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got "${raw}"`,
    );
  }
  return value;
}

function readFlags() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string", default: "7" },
        speed: { type: "string", default: "1" },
        jobs: { type: "string", default: "5000" },
        "history-days": { type: "string", default: "14" },
        "start-time": { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    port: numberFlag("port", v.port, 0, 65535),
    host: v.host.trim() === "" ? fail("--host must not be empty") : v.host,
    seed: numberFlag("seed", v.seed, 0, 2 ** 32 - 1),
    speed: numberFlag("speed", v.speed, 0, 1_000_000, false),
    jobs: numberFlag("jobs", v.jobs, 0, 1_000_000),
    historyDays: numberFlag(
      "history-days",
      v["history-days"],
      0.01,
      365,
      false,
    ),
    startTime:
      v["start-time"] === undefined
        ? Date.now()
        : numberFlag("start-time", v["start-time"], 0, 8.64e15),
  };
}

async function main() {
  const flags = readFlags();
  const started = performance.now();
  const sim = createSimulator(flags);
  const server = await serveSimulator(sim, {
    port: flags.port,
    host: flags.host,
  });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Batch simulator on ${server.url} (${flags.jobs} jobs, seed ${flags.seed}, speed ${flags.speed}, ready in ${ms} ms)`,
  );
  console.log(
    `Service-job queues: ${sim.queueNames().serviceQueues.join(", ")}`,
  );
  console.log("Try:");
  console.log(
    `  AWS_ENDPOINT_URL_BATCH=${server.url} AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws batch list-service-jobs --job-queue llm-pretraining`,
  );
  console.log("  (AWS CLI v1 reads AWS_DEFAULT_REGION instead of AWS_REGION.)");
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    `sim: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
