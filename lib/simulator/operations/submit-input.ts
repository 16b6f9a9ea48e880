/** Parsing of SubmitServiceJob members that need more than a type check. */
import { clientError } from "../errors";
import type { RetryStrategy } from "../state";
import { optionalInt, optionalObject, type Input } from "../validation";

/** attempts 1-10; up to 5 evaluateOnExit rules with RETRY or EXIT. */
export function parseRetryStrategy(input: Input): RetryStrategy | undefined {
  const strategy = optionalObject(input, "retryStrategy");
  if (!strategy) return undefined;
  const attempts = optionalInt(strategy, "attempts", 1, 10);
  if (attempts === undefined) {
    throw clientError("retryStrategy.attempts is a required parameter");
  }
  const rules = strategy.evaluateOnExit;
  if (rules === undefined || rules === null) return { attempts };
  if (!Array.isArray(rules) || rules.length > 5) {
    throw clientError("evaluateOnExit must be a list of at most 5 entries");
  }
  return { attempts, evaluateOnExit: rules.map(parseRule) };
}

function parseRule(rule: unknown): { action: string; onStatusReason?: string } {
  const { action, onStatusReason } = (rule ?? {}) as Input;
  if (typeof action !== "string" || !/^(RETRY|EXIT)$/i.test(action)) {
    throw clientError("evaluateOnExit action must be RETRY or EXIT");
  }
  if (onStatusReason === undefined) return { action };
  if (typeof onStatusReason !== "string" || onStatusReason.length > 512) {
    throw clientError(
      "onStatusReason must be a string of at most 512 characters",
    );
  }
  return { action, onStatusReason };
}

/**
 * The instances a job will hold: ResourceConfig.InstanceCount of the
 * payload. Batch does not validate the payload, so anything else counts 1.
 */
export function payloadInstanceCount(payload: string): number {
  try {
    const parsed = JSON.parse(payload) as {
      ResourceConfig?: { InstanceCount?: unknown };
    };
    const count = parsed?.ResourceConfig?.InstanceCount;
    return typeof count === "number" && Number.isInteger(count) && count > 0
      ? count
      : 1;
  } catch {
    return 1;
  }
}
