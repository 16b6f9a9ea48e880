/**
 * How long each lifecycle step takes and how attempts end. Durations are
 * drawn when a step begins, from the one seeded generator.
 */
import type { Rng } from "./random";
import type { RetryStrategy } from "./state";

/** The reason Batch gives when SageMaker had no instances for a job. */
export const CAPACITY_REASON =
  "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Unable to provision requested compute resources";

/** Job-level reason of a successful job (docs sample). */
export const SUCCESS_REASON = "Job completed successfully";

/** Attempt-level reason of a successful attempt (EventBridge sample). */
export const ATTEMPT_SUCCESS_REASON =
  "Received status from SageMaker: Training job completed";

const SM = "Received status from SageMaker: ";

const RUN_FAILURES: readonly (readonly [string, number])[] = [
  [
    `${SM}AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"`,
    4,
  ],
  [
    `${SM}AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "ValueError: loss is NaN at step 1840"`,
    2,
  ],
  [
    `${SM}AlgorithmError: ExecuteUserScriptError: ExitCode 137 ErrorMessage "Killed"`,
    1,
  ],
  [
    `${SM}InternalServerError: We encountered an internal error. Please try again.`,
    3,
  ],
];

const STARTUP_FAILURES: readonly (readonly [string, number])[] = [
  [
    `${SM}ClientError: Data download failed:NoSuchKey (404): The specified key does not exist.`,
    2,
  ],
  [
    `${SM}ClientError: Cannot find the requested image. Please check the image URI and try again.`,
    1,
  ],
];

/** How one attempt that acquired capacity will go. */
export interface AttemptPlan {
  /** STARTING to RUNNING (download of data and image). */
  startupMs: number;
  /** RUNNING to the end of the attempt. */
  runMs: number;
  /** Set when the attempt fails; `atStartup` means it never runs. */
  failure?: AttemptFailure;
}

/** How an attempt failed; `final` failures are never retried. */
export interface AttemptFailure {
  reason: string;
  atStartup: boolean;
  final?: boolean;
}

/**
 * Batch's wording for container jobs that outlive their attempt duration;
 * that service jobs use it too is UNVERIFIED.
 */
export const TIMEOUT_REASON = "Job attempt duration exceeded timeout";

/**
 * Cuts an attempt at `attemptDurationSeconds`, counted from STARTING (when
 * capacity is acquired; UNVERIFIED). As with container jobs, an attempt
 * that times out is not retried.
 */
export function applyTimeout(plan: AttemptPlan, seconds?: number): AttemptPlan {
  const limitMs = seconds === undefined ? Infinity : seconds * 1000;
  if (plan.startupMs + plan.runMs <= limitMs) return plan;
  const atStartup = plan.startupMs >= limitMs;
  return {
    startupMs: Math.min(plan.startupMs, limitMs),
    runMs: atStartup ? 0 : limitMs - plan.startupMs,
    failure: { reason: TIMEOUT_REASON, atStartup, final: true },
  };
}

/** SUBMITTED to RUNNABLE: the scheduler evaluates a job within seconds. */
export function submitDelayMs(rng: Rng): number {
  return rng.int(2_000, 20_000);
}

/** SCHEDULED to STARTING: SageMaker provisions the instances. */
export function provisionDelayMs(rng: Rng): number {
  return rng.int(30_000, 180_000);
}

/**
 * After a capacity bounce the job waits before it may be dispatched again,
 * longer after each bounce, so a full queue does not churn attempts.
 */
export function bounceBackoffMs(rng: Rng, bounces: number): number {
  return rng.int(60_000, 360_000) * 2 ** Math.min(bounces - 1, 4);
}

/** Draws the fate of an attempt whose mean run time is `meanRunMs`. */
export function planAttempt(rng: Rng, meanRunMs: number): AttemptPlan {
  const startupMs = rng.int(45_000, 240_000);
  const runMs = Math.max(60_000, Math.round(rng.logNormal(meanRunMs, 0.9)));
  const roll = rng.next();
  if (roll < 0.025) {
    const reason = rng.weighted(STARTUP_FAILURES);
    return { startupMs, runMs: 0, failure: { reason, atStartup: true } };
  }
  if (roll < 0.13) {
    const reason = rng.weighted(RUN_FAILURES);
    const failedAfter = Math.round(runMs * (0.05 + 0.6 * rng.next()));
    return {
      startupMs,
      runMs: failedAfter,
      failure: { reason, atStartup: false },
    };
  }
  return { startupMs, runMs };
}

function globMatches(pattern: string, text: string): boolean {
  if (pattern.endsWith("*")) return text.startsWith(pattern.slice(0, -1));
  return pattern === text;
}

/**
 * Whether a failed attempt goes back to RUNNABLE: attempts remain and the
 * first `evaluateOnExit` rule matching the reason says RETRY. With no rules
 * every failure is retried, as for container jobs.
 */
export function shouldRetry(
  strategy: RetryStrategy | undefined,
  startedAttempts: number,
  reason: string,
): boolean {
  if (!strategy || startedAttempts >= strategy.attempts) return false;
  const rules = strategy.evaluateOnExit ?? [];
  if (rules.length === 0) return true;
  const rule = rules.find((r) => globMatches(r.onStatusReason ?? "*", reason));
  return rule?.action.toUpperCase() === "RETRY";
}
