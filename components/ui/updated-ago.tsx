"use client";

import { formatAbsolute, isTimestamp } from "@/lib/format/time";
import { useNow, useTimeZone } from "@/components/ui/use-now";

function secondsAgo(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 120) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 120
    ? `${minutes} min ago`
    : `${Math.floor(minutes / 60)} h ago`;
}

/** "Updated 12 s ago", ticking each second. */
export function UpdatedAgo({
  at,
  busy,
  label = "Updated",
}: {
  at: number | undefined;
  busy?: boolean;
  label?: string;
}) {
  const now = useNow();
  const timeZone = useTimeZone();

  if (!isTimestamp(at))
    return (
      <span className="text-slate-600 dark:text-slate-300">Not loaded yet</span>
    );
  return (
    <span
      className="text-sm whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-300"
      aria-busy={busy}
    >
      {label}{" "}
      <time
        dateTime={new Date(at).toISOString()}
        title={timeZone ? formatAbsolute(at, timeZone) : undefined}
      >
        {now === null ? "" : secondsAgo(at, now)}
      </time>
      {busy && <span className="sr-only"> (refreshing)</span>}
    </span>
  );
}
