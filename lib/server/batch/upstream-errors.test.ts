import { BatchClient } from "@aws-sdk/client-batch";
import { describe, expect, it } from "vitest";

import { createBatchGateway } from "@/lib/server/batch/client";
import { classifyUpstreamError } from "@/lib/server/batch/upstream-errors";
import { listServiceQueues } from "@/lib/server/queues";

function sdkError(name: string, httpStatusCode?: number) {
  return Object.assign(new Error("raw AWS text"), {
    name,
    $metadata: { httpStatusCode, requestId: "req-1" },
  });
}

describe("classifyUpstreamError", () => {
  it.each([
    [sdkError("TooManyRequestsException", 429), "upstream_throttled", 503],
    [sdkError("ThrottlingException", 400), "upstream_throttled", 503],
    [sdkError("UnrecognizedClientException", 403), "upstream_error", 502],
    [sdkError("ExpiredTokenException", 400), "upstream_error", 502],
    [
      Object.assign(new Error("x"), { name: "CredentialsProviderError" }),
      "upstream_error",
      502,
    ],
    [sdkError("ServerException", 500), "upstream_unavailable", 503],
    [sdkError("Unknown", 504), "upstream_unavailable", 503],
    [
      Object.assign(new Error("connect ECONNREFUSED"), {
        code: "ECONNREFUSED",
      }),
      "upstream_unavailable",
      503,
    ],
    [sdkError("ClientException", 400), "upstream_error", 502],
  ])("maps %o to %s", (error, code, status) => {
    const mapped = classifyUpstreamError(error);

    expect([mapped.code, mapped.status]).toEqual([code, status]);
    expect(mapped.message).not.toContain("raw AWS text");
  });

  it("says the credentials were rejected without AWS's words", () => {
    expect(
      classifyUpstreamError(sdkError("UnrecognizedClientException", 403))
        .message,
    ).toBe("AWS Batch rejected the server's AWS credentials.");
  });

  it("asks the browser to retry a throttled call after 5 seconds", () => {
    expect(
      classifyUpstreamError(sdkError("TooManyRequestsException", 429)).options
        .retryAfter,
    ).toBe(5);
  });
});

describe("a Batch endpoint nobody listens on", () => {
  it("is upstream_unavailable, as the SDK's real network error", async () => {
    const client = new BatchClient({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9",
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
      maxAttempts: 1,
    });

    await expect(
      listServiceQueues(createBatchGateway(client)),
    ).rejects.toMatchObject({ code: "upstream_unavailable", status: 503 });
  });
});
