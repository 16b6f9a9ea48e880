import type { JobSummary } from "@/lib/batch/types";
import { TERMINAL_STATUSES } from "@/lib/batch/types";
import { isTimestamp, MISSING } from "@/lib/format/time";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "47s", "13m", "2h 13m", "3d 4h"; "—" for a negative or unknown span. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return MISSING;

  if (ms < MINUTE) return `${Math.floor(ms / SECOND)}s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m`;
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)}h ${minutes}m`;
  }
  return `${Math.floor(ms / DAY)}d ${Math.floor((ms % DAY) / HOUR)}h`;
}

/** Milliseconds from `from` to `to`, or undefined when either is unusable. */
export function span(from?: number, to?: number): number | undefined {
  if (!isTimestamp(from) || !isTimestamp(to) || to < from) return undefined;
  return to - from;
}

// A span that ends "now" may come out slightly negative when the browser's
// clock is behind AWS; such a job has just started, not started in the future.
function spanUntilNow(from: number, now: number): number {
  return Math.max(0, now - from);
}

type Timing = Pick<
  JobSummary,
  "status" | "createdAt" | "startedAt" | "stoppedAt"
>;

/** "running for 2h 13m", "ran for 47m", "waiting 12m", or "—". */
export function describeJobTiming(job: Timing, now: number): string {
  const { status, createdAt, startedAt, stoppedAt } = job;
  const finished =
    isTimestamp(stoppedAt) ||
    (status !== undefined && TERMINAL_STATUSES.includes(status));

  if (isTimestamp(startedAt)) {
    if (!finished) {
      return `running for ${formatDuration(spanUntilNow(startedAt, now))}`;
    }
    const ran = span(startedAt, stoppedAt);
    return ran === undefined ? MISSING : `ran for ${formatDuration(ran)}`;
  }
  if (finished || !isTimestamp(createdAt)) return MISSING;
  return `waiting ${formatDuration(spanUntilNow(createdAt, now))}`;
}
