import type { ApiErrorBody } from "@/lib/api/errors";
import {
  ApiError,
  isApiErrorCode,
  parseRetryAfter,
} from "@/lib/client/api-error";

function isJson(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return /^application\/(.+\+)?json\b/i.test(type.trim());
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as Record<string, unknown>;
  return isApiErrorCode(code) && typeof message === "string";
}

// An SSO proxy in front of the dashboard answers an expired session with a
// redirect or its own HTML login page; neither is the API speaking.
function signInExpired(status: number): ApiError {
  return new ApiError(
    "sign_in_expired",
    "Your sign-in has expired; reload the page to sign in again.",
    status,
  );
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  if (!isJson(response)) {
    if (response.status === 401 || response.status === 403) {
      return signInExpired(response.status);
    }
    const text = `The server answered ${response.status} without details.`;
    return new ApiError("bad_response", text, response.status, retryAfter);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isErrorBody(body)) {
    const text = `The server answered ${response.status} with an unknown body.`;
    return new ApiError("bad_response", text, response.status, retryAfter);
  }
  const { code, message, parameter } = body.error;
  return new ApiError(code, message, response.status, retryAfter, parameter);
}

async function send(url: string, signal?: AbortSignal) {
  try {
    return await fetch(url, {
      headers: { accept: "application/json" },
      redirect: "manual",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("network_error", "The server is unreachable.", 0);
  }
}

/**
 * GETs a dashboard API URL and returns its JSON body. Never parses a
 * non-JSON answer: an HTML page or a redirect means the sign-in expired.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal) {
  const response = await send(url, signal);

  if (response.type === "opaqueredirect" || isRedirect(response.status)) {
    throw signInExpired(response.status);
  }
  if (!response.ok) throw await errorFrom(response);
  if (!isJson(response)) throw signInExpired(response.status);
  return (await response.json()) as T;
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}
