import "server-only";

import { z } from "zod";

/**
 * The one place that reads `process.env`. Settings are validated once, at
 * server start (instrumentation.ts), so a bad value stops the server instead
 * of surfacing as a failed request later.
 */

/** Where the dashboard gets its Batch data from. */
export type BackendConfig =
  | { kind: "aws"; region: string; endpoint?: string }
  | {
      kind: "simulator";
      seed: number;
      jobs: number;
      speed: number;
      historyDays: number;
      startTime?: number;
    };

/** The server's validated settings. */
export interface ServerConfig {
  backend: BackendConfig;
  logLevel: LogLevel;
  /** Upper bound of ListServiceJobs pages read for one `/api/jobs` page. */
  jobsScanPages: number;
}

const LOG_LEVELS = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
] as const;

/** A pino log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Record<string, string | undefined>;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalString = z.preprocess(blankToUndefined, z.string().optional());

function integer(min: number, max: number, fallback: number) {
  return z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(min).max(max).default(fallback),
  );
}

const envSchema = z.object({
  BATCH_BACKEND: z.preprocess(
    blankToUndefined,
    z.enum(["aws", "simulator"]).default("aws"),
  ),
  AWS_REGION: optionalString,
  AWS_DEFAULT_REGION: optionalString,
  AWS_ENDPOINT_URL_BATCH: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).optional(),
  ),
  AWS_ACCESS_KEY_ID: optionalString,
  AWS_SECRET_ACCESS_KEY: optionalString,
  SIM_SEED: integer(0, 2 ** 31 - 1, 7),
  SIM_JOBS: integer(0, 200_000, 5000),
  SIM_SPEED: z.preprocess(
    blankToUndefined,
    z.coerce.number().min(0).max(10_000).default(1),
  ),
  SIM_HISTORY_DAYS: integer(1, 365, 14),
  SIM_START_TIME: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1e12).max(8.64e15).optional(),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(LOG_LEVELS).default("info")),
  JOBS_SCAN_PAGES: integer(1, 50, 10),
});

/** What to write after the variable's name when its value is rejected. */
const FIXES: Record<string, string> = {
  BATCH_BACKEND: "must be aws or simulator",
  AWS_ENDPOINT_URL_BATCH:
    "must be an http(s) URL (e.g. http://127.0.0.1:4566), or unset",
  SIM_SEED: "must be a whole number from 0 to 2147483647",
  SIM_JOBS: "must be a whole number from 0 to 200000",
  SIM_SPEED: "must be a number from 0 (frozen clock) to 10000",
  SIM_HISTORY_DAYS: "must be a whole number of days from 1 to 365",
  SIM_START_TIME: "must be epoch milliseconds (13 digits), or unset",
  LOG_LEVEL: `must be one of ${LOG_LEVELS.join(", ")}`,
  JOBS_SCAN_PAGES: "must be a whole number from 1 to 50",
};

/** A setting is missing or invalid; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";

  constructor(detail: string) {
    super(`Invalid configuration: ${detail}`);
  }
}

/** Validates an environment; throws {@link ConfigError} naming the variable. */
export function parseConfig(env: Env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const variable = String(parsed.error.issues[0]?.path[0] ?? "environment");
    throw new ConfigError(`${variable} ${FIXES[variable] ?? "is invalid"}`);
  }
  const vars = parsed.data;

  return {
    backend: backendConfig(vars),
    logLevel: vars.LOG_LEVEL,
    jobsScanPages: vars.JOBS_SCAN_PAGES,
  };
}

function backendConfig(vars: z.infer<typeof envSchema>): BackendConfig {
  if (vars.BATCH_BACKEND === "simulator") {
    return {
      kind: "simulator",
      seed: vars.SIM_SEED,
      jobs: vars.SIM_JOBS,
      speed: vars.SIM_SPEED,
      historyDays: vars.SIM_HISTORY_DAYS,
      startTime: vars.SIM_START_TIME,
    };
  }
  const region = vars.AWS_REGION ?? vars.AWS_DEFAULT_REGION;
  if (!region) {
    throw new ConfigError(
      "AWS_REGION is required when BATCH_BACKEND=aws (set AWS_REGION=us-east-1, or BATCH_BACKEND=simulator for demo mode)",
    );
  }
  // Half a key pair would make the SDK skip env credentials silently and
  // pick up some other identity from the default chain.
  if (Boolean(vars.AWS_ACCESS_KEY_ID) !== Boolean(vars.AWS_SECRET_ACCESS_KEY)) {
    const [given, missing] = vars.AWS_ACCESS_KEY_ID
      ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
      : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
    throw new ConfigError(
      `${missing} is required when ${given} is set (set both, or neither to use the default credential chain)`,
    );
  }

  return { kind: "aws", region, endpoint: vars.AWS_ENDPOINT_URL_BATCH };
}

let cached: ServerConfig | undefined;

/** The process's configuration, read from `process.env` on first use. */
export function getConfig(): ServerConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
