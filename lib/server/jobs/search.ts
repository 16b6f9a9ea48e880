import "server-only";

import type { JobSearch, JobsResponse } from "@/lib/api/contract";
import type { JobSummary } from "@/lib/batch/types";
import { getBatchGateway, type BatchGateway } from "@/lib/server/batch/client";
import { invalidParameter } from "@/lib/server/http/errors";
import {
  decodeCursor,
  encodeCursor,
  type ChainCursor,
  type SearchCursor,
} from "@/lib/server/jobs/cursor";
import {
  advance,
  consume,
  fillHeads,
  newestRun,
  type Run,
  type Scan,
} from "@/lib/server/jobs/merge";
import { planSearch, type ChainSpec } from "@/lib/server/jobs/plan";
import { resolveQueue } from "@/lib/server/queues";

// AWS and server clocks differ; a bound a minute ahead keeps jobs submitted
// just before the search from falling outside it.
const CLOCK_SKEW_MS = 60_000;

async function collect(scan: Scan, limit: number) {
  const jobs: JobSummary[] = [];
  const emitted = new Set<string>();
  let scanLimitReached = false;
  while (jobs.length < limit) {
    if (!(await fillHeads(scan))) {
      scanLimitReached = true;
      break;
    }
    const run = newestRun(scan.runs);
    if (!run) break;
    const job = consume(scan, run);
    // Across chains a job that changed status between calls is met twice.
    if (job && !emitted.has(job.jobId)) {
      emitted.add(job.jobId);
      jobs.push(job);
    }
  }
  // A used-up page with no successor ends its chain now, so an exhausted
  // search answers nextCursor null instead of one more empty page.
  for (const run of scan.runs) {
    if (run.rows?.length === 0 && !run.done) advance(run);
  }

  return { jobs, scanLimitReached };
}

function resumeRun(spec: ChainSpec, c: ChainCursor | undefined): Run {
  // A pinned head's token is that of the page after it.
  const pinned = c?.head !== undefined;
  return {
    spec,
    token: pinned ? undefined : c?.token,
    next: pinned ? c.token : undefined,
    head: c?.head,
    seen: c?.seen ?? [],
    done: c?.done ?? false,
  };
}

async function startScan(
  search: JobSearch,
  gateway: BatchGateway,
): Promise<Scan> {
  const cursor = search.cursor
    ? decodeCursor(search, search.cursor)
    : undefined;
  const queue = await resolveQueue(search.queue, gateway);
  const startedAt = cursor?.startedAt ?? gateway.now() + CLOCK_SKEW_MS;
  const plan = planSearch(search, startedAt);
  if (cursor && cursor.chains.length !== plan.chains.length) {
    throw invalidParameter("cursor", "does not match this search");
  }
  const runs = plan.chains.map((spec, i) => resumeRun(spec, cursor?.chains[i]));
  const pinned = runs.filter((run) => run.spec.pinHead).length;

  return {
    gateway,
    queueArn: queue.arn,
    plan,
    runs,
    position: cursor?.position,
    calls: 0,
    // Nothing can be emitted before every chain's current page is read (and
    // a pinned head is followed at once by its next page), so the bound
    // never drops below that.
    budget: Math.max(gateway.scanPages, runs.length + pinned),
    cursorTokens: runs.flatMap((run) => [run.token, run.next]),
    startedAt,
  };
}

function chainCursor(run: Run): ChainCursor {
  const done = run.done || undefined;
  if (run.spec.pinHead && run.token === undefined && !run.done) {
    const head = run.rows ? run.rows[0]?.jobId : run.head;
    if (head !== undefined) return { token: run.next, head };
  }
  const seen = run.spec.ordered || run.seen.length === 0 ? undefined : run.seen;

  return { token: run.token, seen, done };
}

function cursorOf(scan: Scan): SearchCursor {
  return {
    startedAt: scan.startedAt,
    position: scan.position,
    chains: scan.runs.map(chainCursor),
  };
}

/**
 * One page of a job search. AWS applies one condition per call; the plan
 * (plan.ts) decides which, the server applies the rest and reads further
 * upstream pages, at most `scanPages` (or what one round over the chains
 * needs), to fill the page.
 */
export async function searchJobs(
  search: JobSearch,
  gateway: BatchGateway = getBatchGateway(),
): Promise<JobsResponse> {
  const scan = await startScan(search, gateway);
  const { jobs, scanLimitReached } = await collect(scan, search.limit);
  const exhausted = scan.runs.every((run) => run.done);

  return {
    jobs,
    nextCursor: exhausted ? null : encodeCursor(search, cursorOf(scan)),
    search: {
      appliedByAws: scan.plan.appliedByAws,
      appliedByServer: scan.plan.appliedByServer,
      upstreamCalls: scan.calls,
      scanLimitReached,
    },
  };
}
