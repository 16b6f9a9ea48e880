import "server-only";

import pino, { type Logger } from "pino";

import { getConfig, type LogLevel } from "@/lib/server/config";

// Anything that could carry a secret or a resumable position is masked even
// if a caller passes it by mistake.
const REDACT = [
  "*.accessKeyId",
  "*.secretAccessKey",
  "*.sessionToken",
  "*.credentials",
  "*.authorization",
  "*.headers.authorization",
  "*.nextToken",
  "*.cursor",
];

function levelOrDefault(): LogLevel {
  // A broken configuration must still be loggable: instrumentation reports
  // it through this logger before the server refuses to start.
  try {
    return getConfig().logLevel;
  } catch {
    return "info";
  }
}

const holder = globalThis as typeof globalThis & { __batchLogger?: Logger };

/** The server's JSON logger (stdout); one per process. */
export function getLogger(): Logger {
  holder.__batchLogger ??= pino({
    level: levelOrDefault(),
    base: { service: "batch-dashboard" },
    redact: { paths: REDACT, censor: "[redacted]" },
  });
  return holder.__batchLogger;
}
