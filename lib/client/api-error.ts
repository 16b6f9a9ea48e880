import { API_ERROR_CODES, type ApiErrorCode } from "@/lib/api/errors";

/** Failures the browser detects itself, beyond the API's own codes. */
export type ClientErrorCode =
  "sign_in_expired" | "network_error" | "bad_response";

/** Any error code an {@link ApiError} can carry. */
export type ErrorCode = ApiErrorCode | ClientErrorCode;

/** A failed call to the dashboard's API, as the UI explains it. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** HTTP status; 0 when no answer arrived. */
    readonly status: number,
    /** Seconds the server asked us to wait (`Retry-After`). */
    readonly retryAfter?: number,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** True when `value` is one of the API's documented error codes. */
export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return (API_ERROR_CODES as readonly unknown[]).includes(value);
}

/** Reads `Retry-After` (seconds or an HTTP date) as whole seconds. */
export function parseRetryAfter(header: string | null, now = Date.now()) {
  if (!header) return undefined;

  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

const SHORT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  upstream_throttled: "AWS is throttling requests",
  rate_limited: "Too many requests to the dashboard",
  network_error: "Server unreachable",
  sign_in_expired: "Sign-in expired; reload the page to sign in again",
  unauthenticated: "Sign-in expired; reload the page to sign in again",
  forbidden: "Not allowed to read this from AWS",
  upstream_unavailable: "AWS Batch is unavailable",
  upstream_error: "AWS Batch returned an error",
  internal_error: "The dashboard server failed",
};

/** A short sentence for a banner: what failed, in the user's words. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong";
  return SHORT_MESSAGES[error.code] ?? error.message;
}

/** True for failures that a later attempt may not hit (throttling, outages). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.status === 0 || error.status >= 500 || error.code === "rate_limited"
  );
}
