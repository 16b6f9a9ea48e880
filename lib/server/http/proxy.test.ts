import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "@/proxy";

function visit(path: string) {
  return proxy(new NextRequest(`http://localhost${path}`));
}

describe("the proxy in front of every route", () => {
  it.each(["/api/jobs/%", "/api/jobs/%E0%A4%A", "/api/nope/100%"])(
    "answers %s with the API's JSON 400 naming the path",
    async (path) => {
      const response = visit(path);

      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        error: {
          code: "invalid_parameter",
          message:
            "The path is not valid percent-encoding; write %25 for a literal %.",
          parameter: "path",
        },
      });
    },
  );

  it("redirects a page whose path does not decode to the escaped path", () => {
    const response = visit("/queues/%?status=RUNNING");

    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(
      "http://localhost/queues/%25?status=RUNNING",
    );
  });

  it.each(["/api/jobs?queue=q", "/queues/llm-pretraining", "/queues/a%2Fb"])(
    "lets %s through untouched",
    (path) => {
      expect(visit(path).headers.get("x-middleware-next")).toBe("1");
    },
  );
});
