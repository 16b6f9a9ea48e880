import { MIN_DATE_MS } from "@/lib/api/job-search";

/** Created-at presets; they stay relative in the URL (`created=24h`). */
export const CREATED_PRESETS = ["1h", "24h", "7d", "14d"] as const;

/** A relative created-at window. */
export type CreatedPreset = (typeof CREATED_PRESETS)[number];

const HOUR = 3_600_000;

/** How far back each preset reaches, and its label. */
export const PRESET_INFO: Record<CreatedPreset, { ms: number; label: string }> =
  {
    "1h": { ms: HOUR, label: "Last hour" },
    "24h": { ms: 24 * HOUR, label: "24 hours" },
    "7d": { ms: 7 * 24 * HOUR, label: "7 days" },
    "14d": { ms: 14 * 24 * HOUR, label: "14 days" },
  };

/** The created-at part of the URL: a preset, or custom epoch-ms bounds. */
export interface CreatedFilter {
  created: CreatedPreset | null;
  from: number | null;
  to: number | null;
}

/** Epoch-ms bounds of a search, as `/api/jobs` takes them. */
export interface CreatedRange {
  createdAfter?: number;
  createdBefore?: number;
}

/**
 * Turns the URL's created filter into bounds at `now`. A preset wins over
 * custom bounds; reversed custom bounds are swapped rather than rejected.
 */
export function resolveCreatedRange(
  filter: CreatedFilter,
  now: number,
): CreatedRange {
  if (filter.created) {
    return { createdAfter: now - PRESET_INFO[filter.created].ms };
  }
  const { from, to } = filter;
  if (from !== null && to !== null && from > to) {
    return { createdAfter: to, createdBefore: from };
  }
  return {
    createdAfter: from ?? undefined,
    createdBefore: to ?? undefined,
  };
}

/**
 * The instant a `datetime-local` input names (in the browser's zone, the
 * zone shown beside it), or null when it names none. /api/jobs takes no
 * bound before 2001, where numbers look like epoch seconds; no Batch job is
 * that old, so an earlier pick is raised to 2001, which selects the same.
 */
export function parseDateTimeLocal(text: string): number | null {
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) ? Math.max(ms, MIN_DATE_MS) : null;
}
