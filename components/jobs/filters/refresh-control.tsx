"use client";

import { useId } from "react";

import { Badge } from "@/components/ui/badge";
import { REFRESH_INTERVALS } from "@/lib/view/url-state";

type Interval = (typeof REFRESH_INTERVALS)[number];

/** The live-refresh interval (in the URL) and a pause button (local). */
export function RefreshControl({
  interval,
  paused,
  onInterval,
  onPause,
}: {
  interval: Interval;
  paused: boolean;
  onInterval: (interval: Interval) => void;
  onPause: (paused: boolean) => void;
}) {
  const id = useId();

  return (
    <div className="flex items-center gap-2">
      {/* Said in words: "Resume" alone reads as an action, not a state. */}
      <span role="status" className="flex">
        {paused && interval > 0 && (
          <Badge tone="amber" icon={<span aria-hidden="true">❚❚</span>}>
            Paused
          </Badge>
        )}
      </span>
      <label htmlFor={id} className="text-sm font-medium">
        Refresh
      </label>
      <select
        id={id}
        value={interval}
        onChange={(e) => onInterval(Number(e.target.value) as Interval)}
        className="field"
      >
        {REFRESH_INTERVALS.map((seconds) => (
          <option key={seconds} value={seconds}>
            {seconds === 0 ? "Off" : `every ${seconds} s`}
          </option>
        ))}
      </select>
      {interval > 0 && (
        <button
          type="button"
          className="btn"
          aria-pressed={paused}
          onClick={() => onPause(!paused)}
        >
          {paused ? "Resume" : "Pause"}
        </button>
      )}
    </div>
  );
}
