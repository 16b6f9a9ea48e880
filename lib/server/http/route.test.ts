import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import * as jobRoute from "@/app/api/jobs/[jobId]/route";
import * as jobsRoute from "@/app/api/jobs/route";
import * as queuesRoute from "@/app/api/queues/route";
import { getLogger } from "@/lib/server/logger";

beforeAll(() => {
  getLogger().level = "silent";
});

describe("methods other than GET", () => {
  const routes = { jobsRoute, jobRoute, queuesRoute };
  const cases = Object.entries(routes).flatMap(([name, route]) =>
    (["DELETE", "PATCH", "POST", "PUT"] as const).map(
      (method) => [name, method, route[method]] as const,
    ),
  );

  it.each(cases)(
    "%s answers %s with a JSON 405",
    async (_, method, handler) => {
      const request = new NextRequest("http://localhost/api/x", { method });
      const response = await handler(request, undefined);

      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        error: {
          code: "method_not_allowed",
          message: "This endpoint only answers GET.",
        },
      });
    },
  );
});
