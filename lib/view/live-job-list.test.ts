import { describe, expect, it } from "vitest";

import type { JobStatus, JobSummary } from "@/lib/batch/types";
import {
  applyRefresh,
  buildRows,
  createdWindow,
  EMPTY_LIVE,
  revealPending,
  type LoadedPage,
} from "@/lib/view/live-job-list";

const T0 = Date.UTC(2026, 11, 3, 12);

function job(n: number, status: JobStatus = "RUNNABLE"): JobSummary {
  return {
    jobId: `job-${n}`,
    jobName: `train-${n}`,
    serviceJobType: "SAGEMAKER_TRAINING",
    status,
    createdAt: T0 + n * 1000,
  };
}

// Two loaded pages, newest first: jobs 10..6 then 5..1.
const pages: LoadedPage[] = [
  { jobs: [10, 9, 8, 7, 6].map((n) => job(n)), fetchedAt: T0 + 100_000 },
  { jobs: [5, 4, 3, 2, 1].map((n) => job(n)), fetchedAt: T0 + 110_000 },
];

const ids = (jobs: JobSummary[]) => jobs.map((j) => j.jobId);

describe("buildRows", () => {
  it("keeps the pages' order when nothing was refreshed", () => {
    expect(ids(buildRows(pages, EMPTY_LIVE))).toEqual(
      [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `job-${n}`),
    );
  });

  it("shows a job once when a later page repeats it", () => {
    const repeated: LoadedPage[] = [
      ...pages,
      { jobs: [job(6, "RUNNING"), job(0)], fetchedAt: T0 + 120_000 },
    ];
    const rows = buildRows(repeated, EMPTY_LIVE);
    expect(ids(rows)).toEqual(
      [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((n) => `job-${n}`),
    );
    expect(rows[4]?.status).toBe("RUNNING");
  });
});

describe("applyRefresh", () => {
  it("updates loaded rows in place without moving them", () => {
    const head = {
      jobs: [job(8, "RUNNING"), job(10, "FAILED")],
      fetchedAt: T0 + 200_000,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], true);
    const rows = buildRows(pages, live);
    expect(ids(rows)).toEqual(ids(buildRows(pages, EMPTY_LIVE)));
    expect(rows[0]?.status).toBe("FAILED");
    expect(rows[2]?.status).toBe("RUNNING");
    expect(live.pending).toEqual([]);
  });

  it("puts new jobs on top when the user sees the top", () => {
    const head = {
      jobs: [job(12), job(11), job(10)],
      fetchedAt: T0 + 200_000,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], true);
    expect(ids(buildRows(pages, live)).slice(0, 4)).toEqual([
      "job-12",
      "job-11",
      "job-10",
      "job-9",
    ]);
    expect(buildRows(pages, live)).toHaveLength(12);
  });

  it("holds new jobs back while the user is scrolled down", () => {
    const head = {
      jobs: [job(11), job(10, "RUNNING")],
      fetchedAt: T0 + 200_000,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], false);
    expect(live.pending.map((e) => e.job.jobId)).toEqual(["job-11"]);
    const rows = buildRows(pages, live);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.status).toBe("RUNNING");

    const revealed = buildRows(pages, revealPending(live));
    expect(ids(revealed).slice(0, 2)).toEqual(["job-11", "job-10"]);
  });

  it("counts a new job once across repeated refreshes", () => {
    const head = (status: JobStatus, at: number) => ({
      jobs: [job(11, status)],
      fetchedAt: at,
      source: "head" as const,
    });
    let live = applyRefresh(EMPTY_LIVE, pages, [head("RUNNABLE", 1)], false);
    live = applyRefresh(live, pages, [head("RUNNING", 2)], false);
    expect(live.pending).toHaveLength(1);
    expect(live.pending[0]?.job.status).toBe("RUNNING");

    live = applyRefresh(revealPending(live), pages, [head("FAILED", 3)], true);
    const rows = buildRows(pages, live);
    expect(rows.filter((r) => r.jobId === "job-11")).toHaveLength(1);
    expect(rows[0]?.status).toBe("FAILED");
  });

  it("shows pending jobs once the user is back at the top", () => {
    const first = [{ jobs: [job(11)], fetchedAt: 1, source: "head" as const }];
    const second = [{ jobs: [job(12)], fetchedAt: 2, source: "head" as const }];
    let live = applyRefresh(EMPTY_LIVE, pages, first, false);
    live = applyRefresh(live, pages, second, true);
    expect(live.pending).toEqual([]);
    expect(ids(buildRows(pages, live)).slice(0, 3)).toEqual([
      "job-12",
      "job-11",
      "job-10",
    ]);
  });

  it("lets the window update rows but never add jobs", () => {
    const window = {
      jobs: [job(3, "SUCCEEDED"), job(99)],
      fetchedAt: T0 + 200_000,
      source: "window" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [window], true);
    const rows = buildRows(pages, live);
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.jobId === "job-3")?.status).toBe("SUCCEEDED");
  });

  it("keeps a row whose status left the filter instead of dropping it", () => {
    const window = {
      jobs: [job(4, "FAILED")],
      fetchedAt: T0 + 200_000,
      source: "window" as const,
    };
    const head = { jobs: [], fetchedAt: T0 + 200_000, source: "head" as const };
    const live = applyRefresh(EMPTY_LIVE, pages, [head, window], true);
    expect(buildRows(pages, live)).toHaveLength(10);
  });

  it("ignores unknown jobs older than the newest loaded one", () => {
    const head = { jobs: [job(5.5)], fetchedAt: 1, source: "head" as const };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], true);
    expect(buildRows(pages, live)).toHaveLength(10);
  });

  it("does not let an older answer overwrite a newer one", () => {
    const late = {
      jobs: [job(7, "RUNNING")],
      fetchedAt: T0 + 300_000,
      source: "window" as const,
    };
    const early = {
      jobs: [job(7, "RUNNABLE")],
      fetchedAt: T0 + 250_000,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [late, early], true);
    const row = buildRows(pages, live).find((r) => r.jobId === "job-7");
    expect(row?.status).toBe("RUNNING");
  });

  it("does not let an old page overwrite a newer refresh", () => {
    const head = {
      jobs: [job(6, "SUCCEEDED")],
      fetchedAt: T0 + 200_000,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], true);
    const row = buildRows(pages, live).find((r) => r.jobId === "job-6");
    expect(row?.status).toBe("SUCCEEDED");
  });

  it("takes every head job as new when nothing is loaded yet", () => {
    const head = {
      jobs: [job(2), job(1)],
      fetchedAt: 1,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, [], [head], false);
    expect(live.pending).toHaveLength(2);
  });

  it("orders new jobs by createdAt even when AWS grouped them by name", () => {
    const head = {
      jobs: [job(11), job(13), job(12)],
      fetchedAt: 1,
      source: "head" as const,
    };
    const live = applyRefresh(EMPTY_LIVE, pages, [head], true);
    expect(ids(buildRows(pages, live)).slice(0, 3)).toEqual([
      "job-13",
      "job-12",
      "job-11",
    ]);
  });
});

describe("createdWindow", () => {
  it("spans the createdAt of the visible rows", () => {
    const rows = buildRows(pages, EMPTY_LIVE);
    expect(createdWindow(rows, 2, 4)).toEqual({
      createdAfter: T0 + 6000,
      createdBefore: T0 + 8000,
    });
  });

  it("skips rows without createdAt and is undefined when none has one", () => {
    const bare = { ...job(1), createdAt: undefined };
    expect(createdWindow([bare], 0, 0)).toBeUndefined();
    expect(createdWindow([bare, job(2)], 0, 1)).toEqual({
      createdAfter: T0 + 2000,
      createdBefore: T0 + 2000,
    });
  });
});
