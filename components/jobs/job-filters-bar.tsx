"use client";

import { CreatedFilter } from "@/components/jobs/filters/created-filter";
import { NameFilter } from "@/components/jobs/filters/name-filter";
import { ShareFilter } from "@/components/jobs/filters/share-filter";
import { StatusFilter } from "@/components/jobs/filters/status-filter";
import type { JobStatus } from "@/lib/batch/types";
import type { CreatedFilter as CreatedValue } from "@/lib/view/created-range";
import type { JobFilters } from "@/lib/view/job-filters";

/** Every filter of the job list; each change starts a new search. */
export function JobFiltersBar({
  filters,
  counts,
  loaded,
  fairShare,
  shares,
  onChange,
}: {
  filters: JobFilters;
  counts: Record<JobStatus, number>;
  loaded: string | null;
  fairShare: boolean;
  shares: string[];
  onChange: (patch: Partial<JobFilters>) => void;
}) {
  const created: CreatedValue = {
    created: filters.created,
    from: filters.from,
    to: filters.to,
  };

  return (
    <div
      role="search"
      aria-label="Job filters"
      className="flex flex-col gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-800"
    >
      <StatusFilter
        selected={filters.statuses}
        counts={counts}
        loaded={loaded}
        onChange={(statuses) => onChange({ statuses })}
      />
      <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <NameFilter
          value={filters.name}
          onChange={(name) => onChange({ name })}
        />
        <CreatedFilter value={created} onChange={(value) => onChange(value)} />
        {fairShare && (
          <ShareFilter
            value={filters.share}
            seen={shares}
            onChange={(share) => onChange({ share })}
          />
        )}
      </div>
    </div>
  );
}
