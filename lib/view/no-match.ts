import { PRESET_INFO } from "@/lib/view/created-range";
import {
  sortStatuses,
  toNamePrefix,
  type JobFilters,
} from "@/lib/view/job-filters";

/** What an empty job list tells the user: the search, and what to loosen. */
export interface NoMatchText {
  title: string;
  hint: string;
}

function createdPhrase(filters: JobFilters): string | null {
  if (filters.created) {
    const hours = PRESET_INFO[filters.created].ms / 3_600_000;
    if (hours === 1) return "in the last hour";
    return hours < 48
      ? `in the last ${hours} hours`
      : `in the last ${hours / 24} days`;
  }
  if (filters.from !== null || filters.to !== null) {
    return "in the chosen created range";
  }
  return null;
}

function titleOf(filters: JobFilters): string {
  const statuses = sortStatuses(filters.statuses).join(" or ");
  const name = toNamePrefix(filters.name);
  const created = createdPhrase(filters);
  const parts = [
    "No",
    statuses || null,
    "jobs",
    name ? `named ${name}` : null,
    filters.share ? `in share ${filters.share}` : null,
    created,
  ].filter((part) => part !== null);
  return parts.length === 2 ? "No jobs in this queue" : parts.join(" ");
}

function hintOf(filters: JobFilters): string {
  const loosen = [
    filters.statuses.length > 0 ? "select more statuses" : null,
    filters.name ? "shorten the name" : null,
    filters.share ? "clear the share" : null,
    createdPhrase(filters) ? "widen the created range" : null,
  ].filter((step) => step !== null);
  if (loosen.length === 0) {
    return "Jobs appear here once they are submitted to this queue.";
  }
  const last = loosen.pop();
  const steps = loosen.length ? `${loosen.join(", ")} or ${last}` : last;
  return `Try to ${steps}.`;
}

/**
 * The empty job list's text, naming only the filters that are set, e.g.
 * "No FAILED jobs named llama3-8b* in the last 24 hours".
 */
export function describeNoMatch(filters: JobFilters): NoMatchText {
  return { title: titleOf(filters), hint: hintOf(filters) };
}
