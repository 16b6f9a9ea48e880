import { z } from "zod";

import type { JobSearch } from "@/lib/api/contract";
import { JOB_STATUSES, type JobStatus } from "@/lib/batch/types";

/** Largest page the API serves; the same as ListServiceJobs' own limit. */
export const MAX_PAGE_SIZE = 100;

/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 100;

const epochMs = z.coerce
  .number({ message: "must be epoch milliseconds" })
  .int("must be a whole number of epoch milliseconds")
  // Anything before 2001 is almost surely epoch seconds typed by mistake, which
  // AWS would silently treat as "match everything".
  .min(1e12, "must be epoch milliseconds (13 digits), not seconds")
  .max(8.64e15, "is past the largest representable date");

const statusList = z
  .string()
  .transform((raw) =>
    raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.enum(JOB_STATUSES, {
        message: `must be a comma-separated list of ${JOB_STATUSES.join(", ")}`,
      }),
    ),
  )
  .transform((list): JobStatus[] => [...new Set(list)]);

const jobName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(129, "must be at most 128 characters (plus a trailing *)")
  .regex(
    /^[A-Za-z0-9_-]+\*?$/,
    "may hold letters, digits, - and _, with an optional trailing *",
  );

/** Zod schema of the `GET /api/jobs` query; errors name the parameter. */
export const jobSearchSchema = z
  .object({
    queue: z
      .string({ message: "is required" })
      .trim()
      .min(1, "is required")
      .max(300),
    status: statusList.optional(),
    name: jobName.optional(),
    createdAfter: epochMs.optional(),
    createdBefore: epochMs.optional(),
    share: z.string().trim().min(1, "must not be empty").max(255).optional(),
    limit: z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(1, `must be between 1 and ${MAX_PAGE_SIZE}`)
      .max(MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`)
      .optional(),
    cursor: z.string().min(1, "must not be empty").max(8192).optional(),
  })
  .refine(
    (q) =>
      q.createdAfter === undefined ||
      q.createdBefore === undefined ||
      q.createdAfter <= q.createdBefore,
    { message: "must not be later than createdBefore", path: ["createdAfter"] },
  )
  .transform((q): JobSearch => ({
    queue: q.queue,
    statuses: q.status ?? [],
    name: q.name,
    createdAfter: q.createdAfter,
    createdBefore: q.createdBefore,
    share: q.share,
    limit: q.limit ?? DEFAULT_PAGE_SIZE,
    cursor: q.cursor,
  }));

/** Builds the query string of `GET /api/jobs` for a search. */
export function jobSearchToParams(search: JobSearch): URLSearchParams {
  const params = new URLSearchParams({ queue: search.queue });
  if (search.statuses.length > 0)
    params.set("status", search.statuses.join(","));
  if (search.name) params.set("name", search.name);
  if (search.createdAfter !== undefined) {
    params.set("createdAfter", String(search.createdAfter));
  }
  if (search.createdBefore !== undefined) {
    params.set("createdBefore", String(search.createdBefore));
  }
  if (search.share) params.set("share", search.share);
  params.set("limit", String(search.limit));
  if (search.cursor) params.set("cursor", search.cursor);
  return params;
}
