"use client";

import clsx from "clsx";

import { JOB_STATUSES, type JobStatus } from "@/lib/batch/types";

const chip =
  "focus-ring inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium whitespace-nowrap";
const off =
  "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
const on =
  "border-sky-700 bg-sky-700 text-white hover:bg-sky-800 dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950";

/** Toggle chips for several statuses at once, with loaded-job counts. */
export function StatusFilter({
  selected,
  counts,
  loaded,
  onChange,
}: {
  selected: JobStatus[];
  counts: Record<JobStatus, number>;
  /** "all 57 jobs", "300 jobs loaded, more below"; null while loading. */
  loaded: string | null;
  onChange: (statuses: JobStatus[]) => void;
}) {
  const toggle = (status: JobStatus) =>
    onChange(
      selected.includes(status)
        ? selected.filter((s) => s !== status)
        : [...selected, status],
    );

  return (
    <div
      role="group"
      aria-labelledby="status-filter-label"
      className="flex flex-wrap items-center gap-1.5"
    >
      <span id="status-filter-label" className="mr-1 text-sm font-medium">
        Status
      </span>
      <button
        type="button"
        aria-pressed={selected.length === 0}
        className={clsx(chip, selected.length === 0 ? on : off)}
        onClick={() => onChange([])}
      >
        All
      </button>
      {JOB_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          aria-pressed={selected.includes(status)}
          aria-label={`${status}, ${counts[status]} loaded`}
          className={clsx(chip, selected.includes(status) ? on : off)}
          onClick={() => toggle(status)}
        >
          {status}
          <span className="tabular-nums opacity-80">{counts[status]}</span>
        </button>
      ))}
      <span className="ml-1 text-xs text-slate-600 dark:text-slate-300">
        counts of loaded jobs
        {loaded && <span> · {loaded}</span>}
      </span>
    </div>
  );
}
