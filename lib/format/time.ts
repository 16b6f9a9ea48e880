/**
 * Times as the job table shows them. AWS leaves timestamps out of some
 * listings, so every function here accepts `undefined` and answers "—".
 */

/** What the UI shows for a value AWS did not send. */
export const MISSING = "—";

// Anything before 1973 is not a real Batch timestamp: it is a missing value
// sent as 0, or seconds where milliseconds were expected.
const EARLIEST_PLAUSIBLE_MS = 1e11;

/** True when `ms` is a usable epoch-milliseconds timestamp. */
export function isTimestamp(ms: number | undefined | null): ms is number {
  return (
    typeof ms === "number" && Number.isFinite(ms) && ms >= EARLIEST_PLAUSIBLE_MS
  );
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Clocks of the browser and AWS differ a little; a timestamp this far in the
// future still reads as "just now" rather than "in 20 s".
const SKEW_TOLERANCE_MS = MINUTE;

function relativeAmount(ms: number): string {
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}

/** "5 min ago", "just now", "in 2 h" (clock skew); "—" when missing. */
export function formatRelative(ms: number | undefined, now: number): string {
  if (!isTimestamp(ms) || !Number.isFinite(now)) return MISSING;

  const age = now - ms;
  if (age < -SKEW_TOLERANCE_MS) return `in ${relativeAmount(-age)}`;
  if (age < 5 * SECOND) return "just now";
  return `${relativeAmount(age)} ago`;
}

// Building an Intl.DateTimeFormat costs far more than using one, and a
// table formats hundreds of times a second while scrolling: keep one per
// zone and purpose.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  timeZone: string,
  purpose: "offset" | "parts",
): Intl.DateTimeFormat {
  const key = `${purpose} ${timeZone}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(
      "en-US",
      purpose === "offset"
        ? { timeZone, timeZoneName: "longOffset" }
        : {
            timeZone,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            second: "2-digit",
            hourCycle: "h23",
          },
    );
    formatters.set(key, cached);
  }
  return cached;
}

/** "UTC+01:00" for a time zone at a given instant (offsets change with DST). */
export function utcOffset(timeZone: string, at: number): string {
  const name = formatter(timeZone, "offset")
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") || "+00:00";
  return `UTC${offset}`;
}

/** "Europe/Berlin (UTC+01:00)". */
export function timeZoneLabel(timeZone: string, at: number): string {
  return `${timeZone} (${utcOffset(timeZone, at)})`;
}

function dateTimeParts(ms: number, timeZone: string) {
  const parts = formatter(timeZone, "parts").formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}:${get("second")}`,
  };
}

/** "2026-12-03 17:04:05 Europe/Berlin (UTC+01:00)"; "—" when missing. */
export function formatAbsolute(ms: number | undefined, timeZone: string) {
  if (!isTimestamp(ms)) return MISSING;

  const { date, time } = dateTimeParts(ms, timeZone);
  return `${date} ${time} ${timeZoneLabel(timeZone, ms)}`;
}

/** The value of a `datetime-local` input for an instant in a time zone. */
export function toDateTimeLocal(ms: number, timeZone: string): string {
  const { date, time } = dateTimeParts(ms, timeZone);
  return `${date}T${time.slice(0, 5)}`;
}
