import { beforeAll, describe, expect, it } from "vitest";

import type { JobSearch, JobsResponse } from "@/lib/api/contract";
import {
  JOB_STATUSES,
  type JobDetail,
  type JobSummary,
} from "@/lib/batch/types";
import { searchJobs } from "@/lib/server/jobs/search";
import {
  simulatorWorld,
  type SimulatorWorld,
} from "@/lib/server/testing/simulator-gateway";

const QUEUE = "llm-pretraining";

type Criteria = Omit<JobSearch, "queue" | "limit" | "cursor">;

function matches(job: JobSummary, c: Criteria): boolean {
  const name = c.name?.toLowerCase();
  const jobName = job.jobName.toLowerCase();
  const at = job.createdAt ?? Number.NaN;
  return (
    (c.statuses.length === 0 || c.statuses.some((s) => s === job.status)) &&
    (name === undefined ||
      (name.endsWith("*")
        ? jobName.startsWith(name.slice(0, -1))
        : jobName === name)) &&
    (c.createdAfter === undefined || at >= c.createdAfter) &&
    (c.createdBefore === undefined || at <= c.createdBefore) &&
    (c.share === undefined || job.shareIdentifier === c.share)
  );
}

/** Pages through a search until nextCursor is null. */
async function pageAll(world: SimulatorWorld, criteria: Criteria, limit = 25) {
  const pages: JobsResponse[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchJobs(
      { queue: QUEUE, ...criteria, limit, cursor },
      world.gateway,
    );
    expect(page.jobs.length).toBeLessThanOrEqual(limit);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
    if (pages.length > 500) throw new Error("the search never ended");
  } while (cursor);

  return { ids: pages.flatMap((p) => p.jobs.map((j) => j.jobId)), pages };
}

describe("searchJobs over the simulator", () => {
  const world = simulatorWorld();
  let jobs: JobDetail[];
  let criteria: Array<[string, Criteria]>;

  beforeAll(() => {
    jobs = world.sim.jobs(QUEUE);
    const share = mostCommon(jobs.map((j) => j.shareIdentifier));
    const name = mostCommon(jobs.map((j) => j.jobName));
    const prefix = `${name.slice(0, 5)}*`;
    const mixed = prefix.toUpperCase().replace(/^(.)/, (c) => c.toLowerCase());
    const newer = at(jobs, 150);
    const older = at(jobs, 700);
    criteria = [
      ["no filter", { statuses: [] }],
      ["one status", { statuses: ["SUCCEEDED"] }],
      ["one rare status", { statuses: ["RUNNING"] }],
      ["several statuses", { statuses: ["RUNNING", "RUNNABLE", "FAILED"] }],
      ["all 8 statuses", { statuses: [...JOB_STATUSES] }],
      ["name exact", { statuses: [], name }],
      [
        "name exact in another case",
        { statuses: [], name: name.toUpperCase() },
      ],
      ["name prefix", { statuses: [], name: prefix }],
      ["name prefix with mixed case", { statuses: [], name: mixed }],
      ["createdAfter", { statuses: [], createdAfter: newer }],
      ["createdBefore", { statuses: [], createdBefore: older }],
      [
        "both dates",
        { statuses: [], createdAfter: older, createdBefore: newer },
      ],
      [
        "dates and statuses",
        {
          statuses: ["FAILED", "RUNNING"],
          createdAfter: older,
          createdBefore: newer,
        },
      ],
      ["share", { statuses: [], share }],
      ["share and one status", { statuses: ["SUCCEEDED"], share }],
      [
        "share and statuses",
        { statuses: ["SUCCEEDED", "FAILED", "RUNNABLE"], share },
      ],
      [
        "name, status and dates",
        {
          statuses: ["SUCCEEDED"],
          name: prefix,
          createdAfter: older,
          createdBefore: newer,
        },
      ],
      ["share and name", { statuses: [], share, name: prefix }],
      ["share and dates", { statuses: [], share, createdAfter: older }],
      ["a name nobody has", { statuses: [], name: "no-such-job-name" }],
    ];
  });

  it("builds a world with every kind of job to find", () => {
    const statuses = new Set(jobs.map((j) => j.status));
    expect(jobs.length).toBeGreaterThan(1000);
    expect(statuses.has("RUNNING") && statuses.has("FAILED")).toBe(true);
    expect(criteria.length).toBe(20);
  });

  it("pages every filter combination to exactly the matching jobs, newest first", async () => {
    for (const [what, c] of criteria) {
      const { ids, pages } = await pageAll(world, c);
      const want = jobs.filter((j) => matches(j, c)).map((j) => j.jobId);

      expect({ what, ids }).toEqual({ what, ids: want });
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages.at(-1)?.nextCursor).toBeNull();
    }
  });

  it("reports which conditions AWS applied and which the server did", async () => {
    const report = async (c: Criteria) =>
      (await searchJobs({ queue: QUEUE, limit: 5, ...c }, world.gateway))
        .search;

    expect(await report({ statuses: ["FAILED"] })).toMatchObject({
      appliedByAws: ["status"],
      appliedByServer: [],
      upstreamCalls: 1,
    });
    expect(
      await report({ statuses: ["FAILED", "RUNNING"], name: "bert*" }),
    ).toMatchObject({
      appliedByAws: ["name"],
      appliedByServer: ["status"],
    });
    expect(
      await report({ statuses: ["FAILED", "RUNNING"], share: "x" }),
    ).toMatchObject({
      appliedByAws: ["status", "share"],
      appliedByServer: [],
      upstreamCalls: 2,
    });
    expect(
      await report({ statuses: [], createdAfter: 1e12, createdBefore: 2e12 }),
    ).toMatchObject({
      appliedByAws: ["createdBefore"],
      appliedByServer: ["createdAfter"],
    });
  });

  it("keeps a whole page when asked for the largest page", async () => {
    const page = await searchJobs(
      { queue: QUEUE, statuses: [], limit: 100 },
      world.gateway,
    );

    expect(page.jobs.map((j) => j.jobId)).toEqual(
      jobs.slice(0, 100).map((j) => j.jobId),
    );
    expect(page.search).toEqual({
      appliedByAws: [],
      appliedByServer: [],
      upstreamCalls: 1,
      scanLimitReached: false,
    });
  });
});

describe("searchJobs while the world moves", () => {
  const moving: Array<[string, Criteria]> = [
    ["no filter", { statuses: [] }],
    ["one status", { statuses: ["RUNNING"] }],
    ["dates", { statuses: [], createdAfter: Date.UTC(2026, 4, 25) }],
    ["name prefix", { statuses: ["RUNNING", "SUCCEEDED"], name: "t5*" }],
    [
      "several statuses",
      {
        statuses: ["RUNNABLE", "SCHEDULED", "STARTING", "RUNNING", "SUCCEEDED"],
      },
    ],
  ];

  it.each(moving)(
    "%s: no duplicates, and nothing that still matches is lost",
    async (_what, c) => {
      const world = simulatorWorld();
      const atStart = new Set(
        world.sim
          .jobs(QUEUE)
          .filter((j) => matches(j, c))
          .map((j) => j.jobId),
      );
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchJobs(
          { queue: QUEUE, ...c, limit: 25, cursor },
          world.gateway,
        );
        ids.push(...page.jobs.map((j) => j.jobId));
        cursor = page.nextCursor ?? undefined;
        // Ten simulated minutes between pages: jobs start, finish and arrive.
        world.sim.advance(600_000);
      } while (cursor);
      const atEnd = world.sim.jobs(QUEUE);
      const stillMatching = atEnd.filter(
        (j) => atStart.has(j.jobId) && matches(j, c),
      );

      expect(new Set(ids).size).toBe(ids.length);
      expect(atEnd.length).toBeGreaterThan(1200);
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

  it("still reads one page per chain when the bound is below the chain count", async () => {
    const page = await searchJobs(
      { queue: QUEUE, statuses: ["SUCCEEDED", "FAILED", "RUNNING"], limit: 25 },
      world.gateway,
    );

    expect(page.jobs.length).toBe(25);
    expect(page.search.upstreamCalls).toBe(3);
  });
});

function mostCommon(values: Array<string | undefined>): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error("no value to pick");
  return best[0];
}

function at(list: JobDetail[], index: number): number {
  const createdAt = list[index]?.createdAt;
  if (createdAt === undefined) throw new Error(`no job at ${index}`);
  return createdAt;
}
