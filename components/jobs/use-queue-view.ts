"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";

import type { JobFilters } from "@/lib/view/job-filters";
import { queueViewParsers } from "@/lib/view/url-state";

/** The queue page's URL state, and its filters as the job list takes them. */
export function useQueueView() {
  const [state, setState] = useQueryStates(queueViewParsers, {
    history: "replace",
    scroll: false,
  });
  const { status, name, share, created, from, to } = state;

  const filters = useMemo<JobFilters>(
    () => ({ statuses: status, name, share, created, from, to }),
    [status, name, share, created, from, to],
  );
  return { state, filters, setState };
}
