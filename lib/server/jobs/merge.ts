import "server-only";

import {
  DescribeServiceJobCommand,
  ListServiceJobsCommand,
} from "@aws-sdk/client-batch";

import type { JobSummary } from "@/lib/batch/types";
import type { BatchGateway } from "@/lib/server/batch/client";
import { toJobSummary } from "@/lib/server/batch/convert";
import {
  callUpstream,
  upstreamErrorName,
} from "@/lib/server/batch/upstream-errors";
import { ApiError, invalidParameter } from "@/lib/server/http/errors";
import { fingerprint, type MergePosition } from "@/lib/server/jobs/cursor";
import {
  matchesResidual,
  type ChainSpec,
  type SearchPlan,
} from "@/lib/server/jobs/plan";

/**
 * Reading upstream chains and merging them newest-first. Ordered chains
 * share one merge position; a row at or above it was consumed before (in
 * this request or an earlier page), which also drops a job met twice because
 * it changed status between two chains' calls.
 *
 * A first page read without a token is a fresh query, while tokened pages
 * keep the snapshot of the chain's first call. Mixing the two loses a job
 * that leaves a fresh chain for a pinned one, so a merged chain of a status
 * jobs can leave reads its first page as one row: the cursor keeps that
 * row's id (restored with DescribeServiceJob) and everything after it comes
 * from the first call's snapshot.
 */

/** A chain being read during one request. */
export interface Run {
  spec: ChainSpec;
  /** Token of the page being consumed; undefined for the first page. */
  token?: string;
  /** Unconsumed rows of the loaded page; undefined until loaded. */
  rows?: JobSummary[];
  /** The loaded page's nextToken. */
  next?: string;
  /** Fingerprints of rows consumed from this page (unordered chains). */
  seen: string[];
  /** Id of a pinned first row still to restore (from the cursor). */
  head?: string;
  done: boolean;
}

/** The state of one request's scan over its chains. */
export interface Scan {
  gateway: BatchGateway;
  queueArn: string;
  plan: SearchPlan;
  runs: Run[];
  position?: MergePosition;
  /** ListServiceJobs calls made so far, and how many are allowed. */
  calls: number;
  budget: number;
  /** Tokens that came from the request's cursor. */
  cursorTokens: Array<string | undefined>;
  startedAt: number;
}

/** Newest first by (createdAt, jobId); rows without createdAt go last. */
function newerFirst(a: JobSummary, b: JobSummary): number {
  const byTime = (b.createdAt ?? 0) - (a.createdAt ?? 0);
  if (byTime !== 0) return byTime;
  // Code-unit order, as AWS and the simulator break ties.
  return a.jobId < b.jobId ? 1 : a.jobId > b.jobId ? -1 : 0;
}

function alreadyConsumed(position: MergePosition | undefined, job: JobSummary) {
  if (!position) return false;
  const at = job.createdAt ?? 0;
  return (
    at > position.at || (at === position.at && position.ids.includes(job.jobId))
  );
}

async function listPage(scan: Scan, run: Run) {
  const { jobStatus, filter } = run.spec;
  const command = new ListServiceJobsCommand({
    jobQueue: scan.queueArn,
    jobStatus,
    filters: filter
      ? [{ name: filter.name, values: [filter.value] }]
      : undefined,
    maxResults: run.spec.pinHead && run.token === undefined ? 1 : 100,
    nextToken: run.token,
  });
  scan.calls += 1;
  // A token from a cursor that AWS no longer accepts is the cursor's fault.
  const staleCursor = (error: unknown) =>
    run.token !== undefined &&
    scan.cursorTokens.includes(run.token) &&
    upstreamErrorName(error) === "ClientException"
      ? invalidParameter(
          "cursor",
          "has expired; start the search again without it",
        )
      : undefined;

  return callUpstream(
    "ListServiceJobs",
    () => scan.gateway.client.send(command),
    staleCursor,
  );
}

/** The pinned first row, as it is now; none if the job is gone. */
async function headRow(scan: Scan, jobId: string) {
  // Not counted in `calls`, which reports ListServiceJobs calls: there is
  // at most one restore per pinned chain and request.
  const command = new DescribeServiceJobCommand({ jobId });
  const gone = (error: unknown) =>
    upstreamErrorName(error) === "ClientException"
      ? new ApiError("job_not_found", "gone")
      : undefined;
  try {
    const answer = await callUpstream(
      "DescribeServiceJob",
      () => scan.gateway.client.send(command),
      gone,
    );
    return toJobSummary(answer);
  } catch (error) {
    if (error instanceof ApiError && error.code === "job_not_found") return;
    throw error;
  }
}

async function loadPage(scan: Scan, run: Run): Promise<void> {
  if (run.head !== undefined) {
    const row = await headRow(scan, run.head);
    run.head = undefined;
    run.rows = row && !alreadyConsumed(scan.position, row) ? [row] : [];
    return;
  }
  const page = await listPage(scan, run);
  const rows = (page.jobSummaryList ?? []).flatMap(
    (s) => toJobSummary(s) ?? [],
  );
  run.next = page.nextToken || undefined;
  if (run.spec.ordered) {
    run.rows = rows
      .filter((job) => !alreadyConsumed(scan.position, job))
      .sort(newerFirst);
  } else {
    const seen = new Set(run.seen);
    run.rows = rows.filter((job) => !seen.has(fingerprint(job.jobId)));
  }
}

/** Moves a run whose loaded page is used up to its next page, or ends it. */
export function advance(run: Run): void {
  if (!run.next) {
    run.done = true;
    return;
  }
  Object.assign(run, {
    token: run.next,
    next: undefined,
    rows: undefined,
    seen: [],
  });
}

/** Loads a head row for every live chain; false when the budget ran out. */
export async function fillHeads(scan: Scan): Promise<boolean> {
  for (const run of scan.runs) {
    while (!run.done && !run.rows?.length) {
      if (run.rows) advance(run);
      if (run.done) break;
      if (scan.calls >= scan.budget) return false;
      await loadPage(scan, run);
    }
  }
  return true;
}

/** The live chain whose head row is newest, if any. */
export function newestRun(runs: Run[]): Run | undefined {
  let best: Run | undefined;
  for (const run of runs) {
    const head = run.rows?.[0];
    if (run.done || !head) continue;
    if (!best?.rows?.[0] || newerFirst(head, best.rows[0]) < 0) best = run;
  }
  return best;
}

/** Takes the head of `run`; returns it when the search wants it. */
export function consume(scan: Scan, run: Run): JobSummary | undefined {
  const job = run.rows?.shift();
  if (!job) return undefined;
  if (!run.spec.ordered) {
    run.seen.push(fingerprint(job.jobId));
    return matchesResidual(scan.plan, job) ? job : undefined;
  }
  const at = job.createdAt ?? 0;
  const ties = scan.position?.at === at ? scan.position.ids : [];
  scan.position = { at, ids: [...ties, job.jobId] };
  if (scan.plan.stopBelow !== undefined && at < scan.plan.stopBelow) {
    run.done = true;
    return undefined;
  }

  return matchesResidual(scan.plan, job) ? job : undefined;
}
