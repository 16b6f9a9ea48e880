import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiError, describeError } from "@/lib/client/api-error";
import { fetchJson } from "@/lib/client/fetch-json";

function answer(body: string, init: ResponseInit) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, init)),
  );
}

async function failure(url = "/api/queues"): Promise<ApiError> {
  const error = await fetchJson(url).catch((e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error("expected an ApiError");
  return error;
}

const json = { "content-type": "application/json; charset=utf-8" };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchJson", () => {
  it("returns the parsed body of a JSON answer", async () => {
    answer(JSON.stringify({ queues: [] }), { status: 200, headers: json });
    await expect(fetchJson("/api/queues")).resolves.toEqual({ queues: [] });
  });

  it("turns an API error body into a typed error", async () => {
    const body = {
      error: {
        code: "invalid_parameter",
        message: "name is bad",
        parameter: "name",
      },
    };
    answer(JSON.stringify(body), { status: 400, headers: json });
    const error = await failure();
    expect(error.code).toBe("invalid_parameter");
    expect(error.status).toBe(400);
    expect(error.message).toBe("name is bad");
    expect(error.parameter).toBe("name");
  });

  it("reads Retry-After of a throttled answer", async () => {
    const body = { error: { code: "upstream_throttled", message: "slow" } };
    answer(JSON.stringify(body), {
      status: 503,
      headers: { ...json, "retry-after": "7" },
    });
    const error = await failure();
    expect(error.retryAfter).toBe(7);
    expect(describeError(error)).toBe("AWS is throttling requests");
  });

  it("never parses an HTML login page as JSON", async () => {
    answer("<html><body>Sign in</body></html>", {
      status: 200,
      headers: { "content-type": "text/html" },
    });
    const error = await failure();
    expect(error.code).toBe("sign_in_expired");
    expect(describeError(error)).toMatch(/Sign-in expired/);
  });

  it("treats a redirect as an expired sign-in", async () => {
    answer("", { status: 302, headers: { location: "https://sso/login" } });
    expect((await failure()).code).toBe("sign_in_expired");
  });

  it("explains a 502 with an HTML body from a proxy", async () => {
    answer("<h1>Bad gateway</h1>", {
      status: 502,
      headers: { "content-type": "text/html" },
    });
    const error = await failure();
    expect(error.code).toBe("bad_response");
    expect(error.status).toBe(502);
  });

  it("reports an unreachable server", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    const error = await failure();
    expect(error.code).toBe("network_error");
    expect(describeError(error)).toBe("Server unreachable");
  });
});
