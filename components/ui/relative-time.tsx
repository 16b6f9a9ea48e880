"use client";

import {
  formatAbsolute,
  formatRelative,
  isTimestamp,
  MISSING,
} from "@/lib/format/time";
import { useNow, useTimeZone } from "@/components/ui/use-now";

/** "5 min ago", with the absolute time and time zone on hover. */
export function RelativeTime({ ms }: { ms: number | undefined }) {
  const now = useNow();
  const timeZone = useTimeZone();

  if (!isTimestamp(ms)) return <span aria-label="not reported">{MISSING}</span>;
  const absolute = timeZone ? formatAbsolute(ms, timeZone) : undefined;
  return (
    <time dateTime={new Date(ms).toISOString()} title={absolute}>
      {now === null ? "" : formatRelative(ms, now)}
    </time>
  );
}

/** The absolute time in the browser's zone, e.g. for the detail panel. */
export function AbsoluteTime({ ms }: { ms: number | undefined }) {
  const timeZone = useTimeZone();

  if (!isTimestamp(ms)) return <span aria-label="not reported">{MISSING}</span>;
  return (
    <time dateTime={new Date(ms).toISOString()}>
      {timeZone ? formatAbsolute(ms, timeZone) : ""}
    </time>
  );
}
