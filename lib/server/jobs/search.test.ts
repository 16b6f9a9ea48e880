import { beforeAll, describe, expect, it } from "vitest";

import { JOB_STATUSES, type JobDetail } from "@/lib/batch/types";
import { searchJobs } from "@/lib/server/jobs/search";
import {
  matches,
  pageAll,
  QUEUE,
  type Criteria,
} from "@/lib/server/testing/search-expectations";
import { simulatorWorld } from "@/lib/server/testing/simulator-gateway";

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

  it("continues a cursor when the statuses come in another order", async () => {
    const first = await searchJobs(
      { queue: QUEUE, statuses: ["RUNNING", "FAILED"], limit: 10 },
      world.gateway,
    );
    const second = await searchJobs(
      {
        queue: QUEUE,
        statuses: ["FAILED", "RUNNING"],
        limit: 10,
        cursor: first.nextCursor ?? undefined,
      },
      world.gateway,
    );
    const expected = jobs.filter(
      (j) => j.status === "RUNNING" || j.status === "FAILED",
    );

    expect(second.jobs.map((j) => j.jobId)).toEqual(
      expected.slice(10, 20).map((j) => j.jobId),
    );
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
