import "server-only";

import { ApiError, errorResponse } from "@/lib/server/http/errors";
import { getLogger } from "@/lib/server/logger";

type Handler<R extends Request, Context> = (
  request: R,
  context: Context,
) => Promise<Response>;

/**
 * Wraps a route handler: converts thrown errors into the JSON error body,
 * marks every answer `no-store` (job data is live), and logs the request
 * once with method, route, status and duration.
 */
export function withRoute<R extends Request = Request, Context = unknown>(
  route: string,
  handler: Handler<R, Context>,
): Handler<R, Context> {
  return async (request, context) => {
    const started = performance.now();
    const response = await handler(request, context).catch((error: unknown) =>
      errorResponse(toApiError(error, request.method, route)),
    );
    response.headers.set("Cache-Control", "no-store");
    // Server-side failures stand out from the steady stream of requests.
    const level = response.status >= 500 ? "warn" : "info";
    getLogger()[level](
      {
        method: request.method,
        route,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
      },
      "api request",
    );

    return response;
  };
}

function toApiError(error: unknown, method: string, route: string): ApiError {
  if (error instanceof ApiError) return error;
  // Only unexpected failures carry a stack into the log; the browser gets a
  // generic message either way.
  getLogger().error({ err: error, method, route }, "unhandled route error");

  return new ApiError("internal_error", "The server failed to answer.");
}

/**
 * Handlers for the methods a read-only route refuses: the API's JSON 405,
 * with `Allow`, instead of the empty answer Next gives a missing export.
 */
export function refuseWrites(route: string) {
  const refuse = withRoute(route, async () => {
    const response = errorResponse(
      new ApiError("method_not_allowed", "This endpoint only answers GET."),
    );
    response.headers.set("Allow", "GET, HEAD, OPTIONS");
    return response;
  });

  return { DELETE: refuse, PATCH: refuse, POST: refuse, PUT: refuse };
}
