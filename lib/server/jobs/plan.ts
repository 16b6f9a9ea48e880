import "server-only";

import type { JobSearch, SearchCondition } from "@/lib/api/contract";
import {
  JOB_STATUSES,
  TERMINAL_STATUSES,
  type JobStatus,
  type JobSummary,
} from "@/lib/batch/types";

/** A ListServiceJobs filter; AWS accepts one per call (batch-api.md §3). */
export interface UpstreamFilter {
  name:
    "JOB_NAME" | "BEFORE_CREATED_AT" | "AFTER_CREATED_AT" | "SHARE_IDENTIFIER";
  value: string;
}

/** One ListServiceJobs parameter set, read page after page. */
export interface ChainSpec {
  jobStatus?: JobStatus;
  filter?: UpstreamFilter;
  /**
   * True when AWS returns the chain newest-first. JOB_NAME listings are
   * grouped by name (batch-api.md §15), so they are read in AWS's order.
   */
  ordered: boolean;
  /**
   * Read the first page as a single row whose id the cursor keeps, so every
   * later row comes from the snapshot the first call pinned (see merge.ts).
   */
  pinHead?: boolean;
}

/** How one search is split between AWS and the server. */
export interface SearchPlan {
  /** Merged newest-first; duplicates across chains show once. */
  chains: ChainSpec[];
  /** Conditions the server checks on every job AWS returns. */
  residual: Residual;
  /** An ordered chain ends at its first job created before this (ms). */
  stopBelow?: number;
  appliedByAws: SearchCondition[];
  appliedByServer: SearchCondition[];
}

interface Residual {
  statuses?: ReadonlySet<JobStatus>;
  createdAfter?: number;
  createdBefore?: number;
  share?: string;
}

function dateFilter(search: JobSearch): UpstreamFilter {
  // AWS's bounds are not documented as inclusive or exclusive: widen them
  // by 1 ms and let the server apply the inclusive bound exactly.
  if (search.createdBefore !== undefined) {
    return {
      name: "BEFORE_CREATED_AT",
      value: String(search.createdBefore + 1),
    };
  }
  return {
    name: "AFTER_CREATED_AT",
    value: String((search.createdAfter ?? 0) - 1),
  };
}

function givenConditions(search: JobSearch, everyStatus: boolean) {
  const given: Array<[SearchCondition, boolean]> = [
    ["status", !everyStatus],
    ["name", search.name !== undefined],
    ["createdAfter", search.createdAfter !== undefined],
    ["createdBefore", search.createdBefore !== undefined],
    ["share", search.share !== undefined],
  ];
  return given.filter(([, isGiven]) => isGiven).map(([condition]) => condition);
}

/** Builds a plan once the conditions AWS applies are chosen. */
function splitter(search: JobSearch, everyStatus: boolean) {
  const given = givenConditions(search, everyStatus);
  return (aws: SearchCondition[], chains: ChainSpec[]): SearchPlan => ({
    chains,
    residual: {
      statuses:
        everyStatus || aws.includes("status")
          ? undefined
          : new Set(search.statuses),
      // Date bounds are re-checked even when AWS applied them (dateFilter).
      createdAfter: search.createdAfter,
      createdBefore: search.createdBefore,
      share: aws.includes("share") ? undefined : search.share,
    },
    stopBelow: search.createdAfter,
    appliedByAws: aws,
    appliedByServer: given.filter((c) => !aws.includes(c)),
  });
}

/**
 * Plans a search: which conditions AWS applies in which chains, and which
 * the server applies itself. `startedAt` is the backend time the search
 * began, fixed for all its pages.
 */
export function planSearch(search: JobSearch, startedAt: number): SearchPlan {
  const everyStatus =
    search.statuses.length === 0 ||
    search.statuses.length === JOB_STATUSES.length;
  const split = splitter(search, everyStatus);

  if (search.name !== undefined) {
    // A fresh first page of a grouped listing takes new jobs anywhere in
    // it, pushing rows already returned onto the next page; pinning keeps
    // the whole chain in one snapshot.
    const filter: UpstreamFilter = { name: "JOB_NAME", value: search.name };
    return split(["name"], [{ filter, ordered: false, pinHead: true }]);
  }
  if (search.createdBefore !== undefined || search.createdAfter !== undefined) {
    const filter = dateFilter(search);
    const bound =
      filter.name === "BEFORE_CREATED_AT" ? "createdBefore" : "createdAfter";
    return split([bound], [{ filter, ordered: true }]);
  }
  if (everyStatus && search.share === undefined) {
    // With any filter AWS returns every status newest-first; a bound at the
    // search's start also keeps later submissions out of its pages.
    const filter: UpstreamFilter = {
      name: "BEFORE_CREATED_AT",
      value: String(startedAt),
    };
    return split([], [{ filter, ordered: true }]);
  }

  return split(...statusChains(search, everyStatus));
}

function statusChains(
  search: JobSearch,
  everyStatus: boolean,
): [SearchCondition[], ChainSpec[]] {
  // SHARE_IDENTIFIER is the one filter AWS combines with jobStatus, so each
  // status gets its own exact chain. Jobs leave non-terminal statuses while
  // a search is paged; pinning those chains to their first call's snapshot
  // (merge.ts) still finds such a job where it was. That relies on tokens
  // being snapshots, as the simulator's are; whether AWS's are is
  // UNVERIFIED, and without them the race of batch-api.md §15 remains.
  // One fixed order: a cursor resumes its chains by position, and it stays
  // valid when the same statuses come in another order (cursor.ts).
  const statuses = JOB_STATUSES.filter(
    (s) => everyStatus || search.statuses.includes(s),
  );
  const filter: UpstreamFilter | undefined =
    search.share === undefined
      ? undefined
      : { name: "SHARE_IDENTIFIER", value: search.share };
  const aws: SearchCondition[] = everyStatus ? [] : ["status"];
  if (filter) aws.push("share");

  const pin = statuses.length > 1;
  const chains = statuses.map((jobStatus) => ({
    jobStatus,
    filter,
    ordered: true,
    pinHead: pin && !TERMINAL_STATUSES.includes(jobStatus),
  }));

  return [aws, chains];
}

/** True when `job` passes the conditions the server applies itself. */
export function matchesResidual(plan: SearchPlan, job: JobSummary): boolean {
  const { statuses, createdAfter, createdBefore, share } = plan.residual;
  if (statuses && !(job.status && statuses.has(job.status))) return false;
  if (share !== undefined && job.shareIdentifier !== share) return false;
  if (createdAfter === undefined && createdBefore === undefined) return true;
  // A job without createdAt cannot be shown to fall inside a date range.
  if (job.createdAt === undefined) return false;

  return (
    (createdAfter === undefined || job.createdAt >= createdAfter) &&
    (createdBefore === undefined || job.createdAt <= createdBefore)
  );
}
