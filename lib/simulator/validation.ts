/**
 * Server-side checks of request members. The SDK validates nothing, so
 * every rule of the Batch model is enforced here, as ClientException.
 */
import { clientError } from "./errors";

/** A decoded request body. */
export type Input = Record<string, unknown>;

const NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** The JSON object in a request body; `{}` for an empty body. */
export function parseInput(body: string): Input {
  if (body.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw clientError("Unable to parse request body as JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw clientError("Request body must be a JSON object");
  }
  return value as Input;
}

/** A member that must be a non-empty string. */
export function requiredString(input: Input, key: string): string {
  const value = input[key];
  if (value === undefined || value === null || value === "") {
    throw clientError(`${key} is a required parameter`);
  }
  if (typeof value !== "string") throw clientError(`${key} must be a string`);
  return value;
}

/** A member that, when present, must be a string. */
export function optionalString(input: Input, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw clientError(`${key} must be a string`);
  return value;
}

/** A member that, when present, must be an integer in [min, max]. */
export function optionalInt(
  input: Input,
  key: string,
  min: number,
  max: number,
): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw clientError(`${key} must be an integer`);
  }
  if (value < min || value > max) {
    throw clientError(`${key} must be between ${min} and ${max}`);
  }
  return value;
}

/** A member that, when present, must be a list of strings. */
export function optionalStringList(
  input: Input,
  key: string,
  max: number,
): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw clientError(`${key} must be a list of strings`);
  }
  if (value.length > max) {
    throw clientError(`${key} cannot have more than ${max} entries`);
  }
  return value as string[];
}

/** A member that, when present, must be a JSON object. */
export function optionalObject(input: Input, key: string): Input | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw clientError(`${key} must be an object`);
  }
  return value as Input;
}

/** Up to 128 letters, digits, hyphens and underscores. */
export function checkName(key: string, value: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw clientError(
      `${key} must be 1-128 characters: letters, numbers, hyphens and underscores`,
    );
  }
  return value;
}

/** Tags: 1-50 entries, keys 1-128 characters, values up to 256. */
export function optionalTags(input: Input): Record<string, string> | undefined {
  const tags = optionalObject(input, "tags");
  if (!tags) return undefined;
  const entries = Object.entries(tags);
  if (entries.length < 1 || entries.length > 50) {
    throw clientError("tags must have between 1 and 50 entries");
  }
  for (const [key, value] of entries) {
    const badKey = key.length < 1 || key.length > 128;
    if (badKey || typeof value !== "string" || value.length > 256) {
      throw clientError(`Invalid tag: ${key.slice(0, 128)}`);
    }
  }
  return tags as Record<string, string>;
}
