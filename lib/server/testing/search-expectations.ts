import "server-only";

import { expect } from "vitest";

import type { JobSearch, JobsResponse } from "@/lib/api/contract";
import type { JobSummary } from "@/lib/batch/types";
import { searchJobs } from "@/lib/server/jobs/search";
import type { SimulatorWorld } from "@/lib/server/testing/simulator-gateway";

/** The queue of the test world with the most jobs and a fair-share policy. */
export const QUEUE = "llm-pretraining";

/** The conditions of a search, without queue and paging. */
export type Criteria = Omit<JobSearch, "queue" | "limit" | "cursor">;

/** The search's meaning, written independently of the server's plan. */
export function matches(job: JobSummary, c: Criteria): boolean {
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
export async function pageAll(
  world: SimulatorWorld,
  criteria: Criteria,
  limit = 25,
) {
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
