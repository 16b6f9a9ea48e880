import { describe, expect, it } from "vitest";

import type { JobSearch, JobsResponse } from "@/lib/api/contract";
import { HEAD_SIZE, readRefresh } from "@/lib/client/live-refresh";
import { NO_FILTERS } from "@/lib/view/job-filters";

function recorder(pages: number) {
  const calls: JobSearch[] = [];
  const run = async (search: JobSearch): Promise<JobsResponse> => {
    calls.push(search);
    const n = calls.filter((c) => c.limit === 100).length;
    return {
      jobs: [],
      nextCursor: search.limit === 100 && n < pages ? `c${n}` : null,
      search: {
        appliedByAws: [],
        appliedByServer: [],
        upstreamCalls: 1,
        scanLimitReached: false,
      },
    };
  };
  return { calls, run };
}

const filters = { ...NO_FILTERS, statuses: ["RUNNING" as const], name: "x*" };

describe("readRefresh", () => {
  it("reads only the head when the user is at the top", async () => {
    const { calls, run } = recorder(1);
    const result = await readRefresh("q", filters, undefined, run);
    expect(result.map((r) => r.source)).toEqual(["head"]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.limit).toBe(HEAD_SIZE);
    expect(calls[0]?.statuses).toEqual(["RUNNING"]);
  });

  it("reads the visible window without the status filter", async () => {
    const { calls, run } = recorder(1);
    const window = {
      createdAfter: 1_700_000_000_000,
      createdBefore: 1_700_000_100_000,
    };
    const result = await readRefresh("q", filters, window, run);
    expect(result.map((r) => r.source)).toEqual(["head", "window"]);
    const windowCall = calls.find((c) => c.limit === 100);
    expect(windowCall?.statuses).toEqual([]);
    expect(windowCall?.name).toBe("x*");
    expect(windowCall?.createdAfter).toBe(window.createdAfter);
    expect(windowCall?.createdBefore).toBe(window.createdBefore);
  });

  it("follows the window's cursor a bounded number of times", async () => {
    const { calls, run } = recorder(10);
    const window = {
      createdAfter: 1_700_000_000_000,
      createdBefore: 1_700_000_100_000,
    };
    await readRefresh("q", filters, window, run);
    const windowCalls = calls.filter((c) => c.limit === 100);
    expect(windowCalls.map((c) => c.cursor)).toEqual([undefined, "c1", "c2"]);
  });
});
