/**
 * How much of the search is on screen, beside the status counts: "300 jobs
 * loaded, more below" while pages remain, "all 57 jobs" once it is done.
 */
export function describeLoaded(count: number, more: boolean): string {
  const n = count.toLocaleString("en-US");
  if (more) return `${n} ${count === 1 ? "job" : "jobs"} loaded, more below`;
  return count === 1 ? "all 1 job" : `all ${n} jobs`;
}
