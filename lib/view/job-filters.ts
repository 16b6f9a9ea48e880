import type { JobSearch } from "@/lib/api/contract";
import type { JobStatus, JobSummary } from "@/lib/batch/types";
import { JOB_STATUSES } from "@/lib/batch/types";
import {
  resolveCreatedRange,
  type CreatedFilter,
} from "@/lib/view/created-range";

/** The filters of a queue's job list, as they sit in the URL. */
export interface JobFilters extends CreatedFilter {
  statuses: JobStatus[];
  name: string | null;
  share: string | null;
}

/** No filter at all: every job of the queue. */
export const NO_FILTERS: JobFilters = {
  statuses: [],
  name: null,
  share: null,
  created: null,
  from: null,
  to: null,
};

/** Page size of the job list; the API's and ListServiceJobs' maximum. */
export const PAGE_SIZE = 100;

/** The `/api/jobs` search for a queue's filters, resolved at `now`. */
export function toJobSearch(
  queue: string,
  filters: JobFilters,
  now: number,
): JobSearch {
  return {
    queue,
    statuses: sortStatuses(filters.statuses),
    name: toNamePrefix(filters.name),
    share: filters.share ?? undefined,
    ...resolveCreatedRange(filters, now),
    limit: PAGE_SIZE,
  };
}

/** Statuses in lifecycle order, without repeats, so keys stay stable. */
export function sortStatuses(statuses: readonly JobStatus[]): JobStatus[] {
  return JOB_STATUSES.filter((status) => statuses.includes(status));
}

// Mirrors the API's rule (lib/api/job-search.ts) so a bad name is explained
// beside the box instead of being sent.
const NAME_PATTERN = /^[A-Za-z0-9_-]+\*?$/;

/**
 * The `/api/jobs` name search for what the user typed: always a prefix,
 * so `llama3-8b` finds `llama3-8b-sft-…`. The URL keeps the typed text.
 */
export function toNamePrefix(text: string | null): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  return value.endsWith("*") ? value : `${value}*`;
}

/** Why a typed name search is not valid, or null when it is. */
export function nameSearchError(text: string): string | null {
  const value = text.trim();
  if (value === "") return null;
  if (value.replace(/\*$/, "").length > 128) {
    return "A job name has at most 128 characters.";
  }
  if (value === "*") return "Type at least one character before the *.";
  if (!NAME_PATTERN.test(value)) {
    return "Use letters, digits, - and _, with an optional * at the end.";
  }
  return null;
}

/** How many of the loaded jobs have each status. */
export function countByStatus(jobs: readonly JobSummary[]) {
  const counts = Object.fromEntries(
    JOB_STATUSES.map((status) => [status, 0]),
  ) as Record<JobStatus, number>;
  for (const job of jobs) {
    if (job.status) counts[job.status] += 1;
  }
  return counts;
}

/** Share identifiers seen in the loaded jobs, sorted. */
export function shareIdentifiers(jobs: readonly JobSummary[]): string[] {
  const shares = new Set<string>();
  for (const job of jobs) {
    if (job.shareIdentifier) shares.add(job.shareIdentifier);
  }
  return [...shares].sort((a, b) => a.localeCompare(b));
}

/** Pages at the end of the list that scanned without finding a job. */
export function trailingEmptyScans(
  pages: readonly { jobs: unknown[]; search: { scanLimitReached: boolean } }[],
): number {
  let count = 0;
  for (let i = pages.length - 1; i >= 0; i--) {
    const page = pages[i];
    if (!page || page.jobs.length > 0 || !page.search.scanLimitReached) break;
    count += 1;
  }
  return count;
}
