import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/client/api-error";
import {
  makeQueryClient,
  retryDelay as delay,
  shouldRetry as retry,
} from "@/lib/client/query-client";

describe("query client retries", () => {
  it("retries throttling and outages, not bad requests", () => {
    const throttled = new ApiError("upstream_throttled", "slow", 503, 4);
    expect(retry(0, throttled)).toBe(true);
    expect(retry(0, new ApiError("network_error", "down", 0))).toBe(true);
    expect(retry(0, new ApiError("invalid_parameter", "bad", 400))).toBe(false);
    expect(retry(0, new ApiError("job_not_found", "gone", 404))).toBe(false);
    expect(retry(0, new ApiError("sign_in_expired", "x", 200))).toBe(false);
  });

  it("gives up after three failures", () => {
    expect(retry(3, new ApiError("upstream_error", "x", 502))).toBe(false);
  });

  it("waits as long as Retry-After says, else backs off", () => {
    expect(delay(1, new ApiError("upstream_throttled", "x", 503, 7))).toBe(
      7000,
    );
    expect(delay(1, new ApiError("upstream_error", "x", 502))).toBe(2000);
    expect(delay(10, new Error("x"))).toBe(30_000);
  });

  it("never retries during a server prefetch", () => {
    // Vitest runs in Node, where TanStack's isServer is true.
    const defaults = makeQueryClient().getDefaultOptions().queries;
    expect(defaults?.retry).toBe(false);
  });
});
