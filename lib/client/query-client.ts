import {
  defaultShouldDehydrateQuery,
  isServer,
  QueryClient,
} from "@tanstack/react-query";

import { ApiError } from "@/lib/client/api-error";

const MAX_RETRIES = 3;

/**
 * Whether the browser retries a failed query. Retrying a bad parameter or a
 * missing job cannot help; throttling and outages usually pass.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return true;
  if (error.status === 0 || error.status >= 500) return true;
  return error.code === "rate_limited";
}

/** Milliseconds before a retry: the server's Retry-After, else backoff. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== undefined) {
    return error.retryAfter * 1000;
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

/** A QueryClient with the dashboard's retry and SSR defaults. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero so that data prefetched on the server is not fetched
        // again right after hydration.
        staleTime: 30_000,
        // A server prefetch that fails leaves the query to the browser,
        // which retries with backoff; retrying here would delay the page.
        retry: isServer ? false : shouldRetry,
        retryDelay,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) ||
          query.state.status === "pending",
      },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A fresh client per server request; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
