/**
 * Error codes of the dashboard's HTTP API. Every error answer has the body
 * `{ "error": { "code", "message", "parameter"? } }`; the server maps each
 * code to one HTTP status (lib/server/http/errors.ts).
 */
export const API_ERROR_CODES = [
  "invalid_parameter",
  "unauthenticated",
  "forbidden",
  "queue_not_found",
  "job_not_found",
  "not_found",
  "method_not_allowed",
  "rate_limited",
  "upstream_throttled",
  "upstream_unavailable",
  "upstream_error",
  "internal_error",
] as const;

/** A machine-readable reason carried by every API error. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every error answer of the API. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** The query or path parameter at fault, for `invalid_parameter`. */
    parameter?: string;
  };
}
