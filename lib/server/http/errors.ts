import "server-only";

import type { ApiErrorBody, ApiErrorCode } from "@/lib/api/errors";

/**
 * The one table from API error code to HTTP status.
 *
 * Upstream failures: throttling and outages that retrying later can fix are
 * 503 (`upstream_throttled` with Retry-After, `upstream_unavailable` for
 * network errors, ServerException and 5xx answers after the SDK's own
 * retries); anything else AWS refused, including rejected server
 * credentials, is 502 `upstream_error` because the browser cannot fix it.
 */
export const ERROR_STATUS: Record<ApiErrorCode, number> = {
  invalid_parameter: 400,
  unauthenticated: 401,
  forbidden: 403,
  queue_not_found: 404,
  job_not_found: 404,
  not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  upstream_throttled: 503,
  upstream_unavailable: 503,
  upstream_error: 502,
  internal_error: 500,
};

/** Seconds a client should wait after an upstream throttle or outage. */
export const RETRY_AFTER_SECONDS = 5;

/** An error the API answers with its own code and a browser-safe message. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly options: { parameter?: string; retryAfter?: number } = {},
  ) {
    super(message);
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A 400 naming the query or path parameter at fault. */
export function invalidParameter(parameter: string, reason: string): ApiError {
  return new ApiError("invalid_parameter", `${parameter} ${reason}`, {
    parameter,
  });
}

/** The JSON answer for an {@link ApiError}; the status is only in the response. */
export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = {
    error: { code: error.code, message: error.message },
  };
  if (error.options.parameter) body.error.parameter = error.options.parameter;
  const headers = new Headers();
  if (error.options.retryAfter !== undefined) {
    headers.set("Retry-After", String(error.options.retryAfter));
  }

  return Response.json(body, { status: error.status, headers });
}
