import { z } from "zod";

import type { JobSearch } from "@/lib/api/contract";
import { JOB_STATUSES, type JobStatus } from "@/lib/batch/types";

/** Largest page the API serves; the same as ListServiceJobs' own limit. */
export const MAX_PAGE_SIZE = 100;

/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 100;

/** Earliest date bound (2001): smaller values are epoch seconds typed as ms. */
export const MIN_DATE_MS = 1e12;

/** Latest date bound: the last instant a JavaScript Date can hold. */
export const MAX_DATE_MS = 8.64e15;

// Number() also reads "", " ", "0x1f", "1e3" and "0b1"; only plain digits are
// a whole number a person meant.
function digits(message: string) {
  return z.string().regex(/^\d+$/, message).transform(Number);
}

const epochMs = digits("must be a whole number of epoch milliseconds").pipe(
  z
    .number()
    // Anything before 2001 is almost surely epoch seconds typed by mistake,
    // which AWS would silently treat as "match everything".
    .min(MIN_DATE_MS, "must be epoch milliseconds (13 digits), not seconds")
    .max(MAX_DATE_MS, "is past the largest representable date"),
);

const LIMIT_RANGE = `must be a whole number from 1 to ${MAX_PAGE_SIZE}`;

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

const NAME_LENGTH = "must be at most 128 characters (plus a trailing *)";

const jobName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(129, NAME_LENGTH)
  .regex(
    /^[A-Za-z0-9_-]+\*?$/,
    "may hold letters, digits, - and _, with an optional trailing *",
  )
  // Job names are at most 128 characters; only a prefix may add the *.
  .refine((name) => name.replace(/\*$/, "").length <= 128, NAME_LENGTH);

/** Zod schema of the `GET /api/jobs` query; errors name the parameter. */
export const jobSearchSchema = z
  .object({
    queue: z
      .string({ message: "is required" })
      .trim()
      .min(1, "is required")
      .max(300, "must be at most 300 characters"),
    status: statusList.optional(),
    name: jobName.optional(),
    createdAfter: epochMs.optional(),
    createdBefore: epochMs.optional(),
    share: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(255, "must be at most 255 characters")
      .optional(),
    limit: digits(LIMIT_RANGE)
      .pipe(z.number().min(1, LIMIT_RANGE).max(MAX_PAGE_SIZE, LIMIT_RANGE))
      .optional(),
    cursor: z
      .string()
      .min(1, "must not be empty")
      .max(8192, "is not a cursor this server issued")
      .optional(),
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
