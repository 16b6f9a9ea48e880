/**
 * Fault injection, applied at one point of the HTTP adapter before an
 * operation runs. Off unless asked for; draws are not seeded on purpose so
 * faults never change the simulated world.
 */
import { SimError } from "./errors";

/** Optional faults, as probabilities per request and a fixed delay. */
export interface FaultOptions {
  /** Share of requests answered 429 TooManyRequestsException. */
  throttleRate?: number;
  /** Share of requests answered 500 ServerException. */
  errorRate?: number;
  /** Delay added to every request, in real milliseconds. */
  latencyMs?: number;
}

/** Waits out the latency, then returns the fault to answer with, if any. */
export async function injectFault(
  faults: FaultOptions | undefined,
): Promise<SimError | undefined> {
  if (!faults) return undefined;
  if (faults.latencyMs && faults.latencyMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  }
  if (Math.random() < (faults.throttleRate ?? 0)) {
    return new SimError("TooManyRequestsException", "Too Many Requests");
  }
  if (Math.random() < (faults.errorRate ?? 0)) {
    return new SimError("ServerException", "Internal Server Error");
  }
  return undefined;
}
