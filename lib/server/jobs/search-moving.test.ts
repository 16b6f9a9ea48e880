import { describe, expect, it } from "vitest";

import { searchJobs } from "@/lib/server/jobs/search";
import {
  matches,
  pageAll,
  QUEUE,
  type Criteria,
} from "@/lib/server/testing/search-expectations";
import { simulatorWorld } from "@/lib/server/testing/simulator-gateway";

describe("searchJobs while the world moves", () => {
  const moving: Array<[string, Criteria]> = [
    ["no filter", { statuses: [] }],
    ["one status", { statuses: ["RUNNING"] }],
    ["dates", { statuses: [], createdAfter: Date.UTC(2026, 4, 25) }],
    ["name prefix", { statuses: ["RUNNING", "SUCCEEDED"], name: "t5*" }],
    ["a backlog and its outcome", { statuses: ["RUNNABLE", "SUCCEEDED"] }],
    ["running or done", { statuses: ["RUNNING", "SUCCEEDED", "FAILED"] }],
    [
      "several statuses",
      {
        statuses: ["RUNNABLE", "SCHEDULED", "STARTING", "RUNNING", "SUCCEEDED"],
      },
    ],
  ];

  const queues = [QUEUE, "vision-finetune"];
  const cases = queues.flatMap((queue) =>
    moving.map(([what, c]) => [queue, what, c] as const),
  );

  it.each(cases)(
    "%s, %s: no duplicates, and nothing that still matches is lost",
    async (queue, _what, c) => {
      const world = simulatorWorld();
      const before = world.sim.jobs(queue);
      const atStart = new Set(
        before.filter((j) => matches(j, c)).map((j) => j.jobId),
      );
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchJobs(
          { queue, ...c, limit: 25, cursor },
          world.gateway,
        );
        ids.push(...page.jobs.map((j) => j.jobId));
        cursor = page.nextCursor ?? undefined;
        // Half an hour between pages: jobs start, finish and arrive.
        world.sim.advance(1_800_000);
      } while (cursor);
      const atEnd = world.sim.jobs(queue);
      const stillMatching = atEnd.filter(
        (j) => atStart.has(j.jobId) && matches(j, c),
      );

      expect(new Set(ids).size).toBe(ids.length);
      expect(atEnd.length).toBeGreaterThan(before.length);
      expect(stillMatching.filter((j) => !ids.includes(j.jobId))).toEqual([]);
    },
  );
});

describe("searchJobs at its scan bound", () => {
  const world = simulatorWorld({ scanPages: 1 });
  const rare: Criteria = {
    statuses: ["FAILED"],
    createdAfter: Date.UTC(2026, 0, 1),
  };

  it("returns a short page marked scanLimitReached, and the cursor finds the rest", async () => {
    const want = world.sim.jobs(QUEUE).filter((j) => matches(j, rare));
    const { ids, pages } = await pageAll(world, rare);
    const short = pages.filter((p) => p.search.scanLimitReached);

    expect(want.length).toBeGreaterThan(10);
    expect(ids).toEqual(want.map((j) => j.jobId));
    expect(short.length).toBeGreaterThan(3);
    for (const page of short) {
      expect(page.jobs.length).toBeLessThan(25);
      expect(page.nextCursor).not.toBeNull();
      expect(page.search.upstreamCalls).toBe(1);
    }
  });

  it("still reads every chain, and a pinned head's next page, below the bound", async () => {
    const page = await searchJobs(
      { queue: QUEUE, statuses: ["SUCCEEDED", "FAILED", "RUNNING"], limit: 25 },
      world.gateway,
    );

    // SUCCEEDED and FAILED one page each; RUNNING its head row, then more.
    expect(page.jobs.length).toBe(25);
    expect(page.search.upstreamCalls).toBe(4);
  });
});
