import { describe, expect, it } from "vitest";

import type { JobSearch, JobsResponse } from "@/lib/api/contract";
import {
  filterKey,
  jobPagesQuery,
  loadJobPage,
  queryKeys,
} from "@/lib/client/queries";
import { NO_FILTERS } from "@/lib/view/job-filters";

const answer = (nextCursor: string | null): JobsResponse => ({
  jobs: [],
  nextCursor,
  search: {
    appliedByAws: [],
    appliedByServer: [],
    upstreamCalls: 1,
    scanLimitReached: false,
  },
});

describe("loadJobPage", () => {
  it("resolves a preset once and reuses it for later pages", async () => {
    const seen: JobSearch[] = [];
    const run = async (search: JobSearch) => {
      seen.push(search);
      return answer("c1");
    };
    const filters = { ...NO_FILTERS, created: "1h" as const };
    const first = await loadJobPage("q", filters, null, run);
    const range = first.range;
    expect(range.createdAfter).toBeGreaterThan(Date.now() - 3_700_000);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await loadJobPage("q", filters, { cursor: "c1", range }, run);
    expect(seen[1]?.createdAfter).toBe(range.createdAfter);
    expect(seen[1]?.cursor).toBe("c1");
    expect(seen[0]?.cursor).toBeUndefined();
  });
});

describe("jobPagesQuery", () => {
  it("continues with the cursor and stops when it is null", () => {
    const options = jobPagesQuery("q", NO_FILTERS);
    const page = {
      ...answer("next"),
      range: { createdAfter: 5 },
      fetchedAt: 1,
    };
    const done = { ...answer(null), range: {}, fetchedAt: 1 };
    const getNext = options.getNextPageParam;
    expect(getNext(page, [page], null, [null])).toEqual({
      cursor: "next",
      range: { createdAfter: 5 },
    });
    expect(getNext(done, [done], null, [null])).toBeUndefined();
  });
});

describe("query keys", () => {
  it("go from general to specific and ignore spelling", () => {
    const a = queryKeys.jobPages("q", {
      ...NO_FILTERS,
      statuses: ["FAILED", "RUNNING"],
      name: " Llama* ",
    });
    const b = queryKeys.jobPages("q", {
      ...NO_FILTERS,
      statuses: ["RUNNING", "FAILED"],
      name: "llama*",
    });
    expect(a).toEqual(b);
    expect(a.slice(0, 2)).toEqual(queryKeys.jobs("q"));
    expect(a.at(-1)).toBe("pages");
  });

  it("share one entry for a name typed with and without the *", () => {
    const typed = filterKey({ ...NO_FILTERS, name: "Llama3" });
    const starred = filterKey({ ...NO_FILTERS, name: "llama3*" });
    expect(typed.name).toBe("llama3*");
    expect(starred).toEqual(typed);
  });

  it("drops custom bounds when a preset is chosen", () => {
    const key = filterKey({ ...NO_FILTERS, created: "7d", from: 1, to: 2 });
    expect(key.from).toBeNull();
    expect(key.to).toBeNull();
  });
});
