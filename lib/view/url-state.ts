import {
  createLoader,
  createParser,
  createSerializer,
  type inferParserType,
  parseAsArrayOf,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";

import { MAX_DATE_MS, MIN_DATE_MS } from "@/lib/api/job-search";
import { JOB_STATUSES } from "@/lib/batch/types";
import { CREATED_PRESETS } from "@/lib/view/created-range";

/** Live-refresh choices in seconds; 0 is off. */
export const REFRESH_INTERVALS = [0, 5, 10, 30, 60] as const;

/** Refresh interval when the URL names none. */
export const DEFAULT_REFRESH = 10;

// Only bounds /api/jobs accepts: a date past year 275760 is no Date at all
// and broke the whole page, and "1e3" or "0x10" are not dates anyone meant.
const parseAsEpochMs = createParser({
  parse: (value) => {
    const ms = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    return ms >= MIN_DATE_MS && ms <= MAX_DATE_MS ? ms : null;
  },
  serialize: String,
});

/**
 * Every piece of the queue page's view state that lives in the URL, so a
 * link reproduces the view. Shared by the page (server) and the hooks.
 */
export const queueViewParsers = {
  status: parseAsArrayOf(parseAsStringLiteral(JOB_STATUSES)).withDefault([]),
  name: parseAsString,
  created: parseAsStringLiteral(CREATED_PRESETS),
  from: parseAsEpochMs,
  to: parseAsEpochMs,
  share: parseAsString,
  refresh: parseAsNumberLiteral(REFRESH_INTERVALS).withDefault(DEFAULT_REFRESH),
  job: parseAsString,
};

/** Reads the queue page's URL state on the server. */
export const loadQueueView = createLoader(queueViewParsers);

/** Builds `?status=…&name=…` for links to a queue page. */
export const serializeQueueView = createSerializer(queueViewParsers);

/** The queue page's URL state, as parsed. */
export type QueueView = inferParserType<typeof queueViewParsers>;

/** The URL of a queue's page; keeps filters that mean the same on any queue. */
export function queueHref(queue: string, view?: Partial<QueueView>): string {
  const path = `/queues/${encodeURIComponent(queue)}`;
  if (!view) return path;

  // Share identifiers and job IDs belong to one queue; drop them.
  const { status, name, created, from, to, refresh } = view;
  return (
    path + serializeQueueView({ status, name, created, from, to, refresh })
  );
}
