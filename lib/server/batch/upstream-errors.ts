import "server-only";

import { ApiError, RETRY_AFTER_SECONDS } from "@/lib/server/http/errors";
import { getLogger } from "@/lib/server/logger";

/** What an SDK error exposes; every field may be missing on network errors. */
interface SdkErrorLike {
  name?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

// Names the SDK's own retry strategy also treats as throttling.
const THROTTLING = new Set([
  "TooManyRequestsException",
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestLimitExceeded",
  "SlowDown",
]);

const CREDENTIALS = new Set([
  "CredentialsProviderError",
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "MissingAuthenticationToken",
  "AccessDeniedException",
]);

function fieldsOf(error: unknown): SdkErrorLike {
  return typeof error === "object" && error !== null ? error : {};
}

/** The AWS error name of an SDK failure (`ClientException`, ...). */
export function upstreamErrorName(error: unknown): string | undefined {
  return fieldsOf(error).name;
}

/** Maps an SDK failure to a browser-safe {@link ApiError}; AWS text stays in the log. */
export function classifyUpstreamError(error: unknown): ApiError {
  const { name = "", $metadata } = fieldsOf(error);
  const status = $metadata?.httpStatusCode;
  const retryAfter = RETRY_AFTER_SECONDS;

  if (status === 429 || THROTTLING.has(name)) {
    return new ApiError(
      "upstream_throttled",
      "AWS Batch is throttling requests; try again shortly.",
      { retryAfter },
    );
  }
  if (CREDENTIALS.has(name) || status === 401 || status === 403) {
    return new ApiError(
      "upstream_error",
      "AWS Batch rejected the server's AWS credentials.",
    );
  }
  if (status === undefined || status >= 500 || name === "ServerException") {
    return new ApiError(
      "upstream_unavailable",
      "AWS Batch is not reachable right now; try again shortly.",
      { retryAfter },
    );
  }

  return new ApiError(
    "upstream_error",
    "AWS Batch refused the server's request.",
  );
}

/** Logs one upstream failure with the operation and AWS request id. */
export function logUpstreamFailure(
  operation: string,
  error: unknown,
  level: "info" | "warn" = "warn",
): void {
  const { name, code, $metadata } = fieldsOf(error);
  getLogger()[level](
    {
      operation,
      errorName: name,
      errorCode: code,
      httpStatus: $metadata?.httpStatusCode,
      awsRequestId: $metadata?.requestId,
    },
    "upstream call failed",
  );
}

/**
 * Runs one Batch call; on failure logs it once and throws the mapped
 * ApiError. `special` may claim an error first (e.g. unknown job → 404).
 */
export async function callUpstream<T>(
  operation: string,
  call: () => Promise<T>,
  special?: (error: unknown) => ApiError | undefined,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const expected = special?.(error);
    // An answer the caller expects (an unknown job) is not an incident.
    logUpstreamFailure(operation, error, expected ? "info" : "warn");
    throw expected ?? classifyUpstreamError(error);
  }
}
