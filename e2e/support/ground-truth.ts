import type { JobDetail, JobStatus } from "@/lib/batch/types";
import { createSimulator, type Simulator } from "@/lib/simulator";

import { FROZEN_WORLD } from "./worlds";

let frozen: Simulator | undefined;

/**
 * The frozen world rebuilt in the test process: same seed, size and start
 * time as the server's, clock stopped, so its jobs are the truth the pages
 * must show. Built once per worker (about two seconds).
 */
export function frozenWorld(): Simulator {
  frozen ??= createSimulator({
    seed: FROZEN_WORLD.seed,
    jobs: FROZEN_WORLD.jobs,
    speed: 0,
    startTime: FROZEN_WORLD.startTime,
  });
  return frozen;
}

/** The conditions a queue page can filter on, as the API reads them. */
export interface JobConditions {
  statuses?: JobStatus[];
  /** A prefix, matched case-insensitively. */
  namePrefix?: string;
  /** Epoch ms, inclusive. */
  createdAfter?: number;
  share?: string;
}

function matches(job: JobDetail, c: JobConditions): boolean {
  const prefix = c.namePrefix?.toLowerCase();
  return (
    (!c.statuses?.length || c.statuses.includes(job.status as JobStatus)) &&
    (!prefix || job.jobName.toLowerCase().startsWith(prefix)) &&
    (c.createdAfter === undefined || (job.createdAt ?? 0) >= c.createdAfter) &&
    (c.share === undefined || job.shareIdentifier === c.share)
  );
}

/** A queue's jobs that meet the conditions, newest first. */
export function expectedJobs(
  queue: string,
  conditions: JobConditions = {},
): JobDetail[] {
  return frozenWorld()
    .jobs(queue)
    .filter((job) => matches(job, conditions));
}

/** A job row's accessible name, as the table gives it. */
export function rowName(job: JobDetail): string {
  return `${job.jobName}, ${job.status ?? "status unknown"}`;
}
