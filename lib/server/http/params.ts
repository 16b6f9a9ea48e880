import "server-only";

import type { z } from "zod";

import type { JobSearch } from "@/lib/api/contract";
import { jobSearchSchema, jobSearchToParams } from "@/lib/api/job-search";
import { invalidParameter } from "@/lib/server/http/errors";

const SEARCH_KEYS = [
  "queue",
  "status",
  "name",
  "createdAfter",
  "createdBefore",
  "share",
  "limit",
  "cursor",
] as const;

function givenTwice(key: string) {
  const hint = key === "status" ? ", as a comma-separated list" : "";
  return invalidParameter(key, `must be given once${hint}`);
}

function firstIssue(error: z.ZodError) {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? "query");
  return invalidParameter(parameter, issue?.message ?? "is invalid");
}

/** The `/api/jobs` query; a 400 naming the first bad parameter otherwise. */
export function parseJobSearch(params: URLSearchParams): JobSearch {
  // Unknown parameters are ignored; a known one given twice is ambiguous
  // (status=A&status=B reads as "both" to a person, "A" to get()).
  const raw: Record<string, string> = {};
  for (const key of SEARCH_KEYS) {
    const [value, ...more] = params.getAll(key);
    if (more.length > 0) throw givenTwice(key);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = jobSearchSchema.safeParse(raw);
  if (!parsed.success) throw firstIssue(parsed.error);

  return parsed.data;
}

/**
 * Checks a search built in code, such as a page's URL filters, exactly as
 * `/api/jobs` checks its query; a 400 naming the bad parameter otherwise.
 */
export function checkJobSearch(search: JobSearch): JobSearch {
  return parseJobSearch(jobSearchToParams(search));
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const JOB_ID = new RegExp(
  `^(${UUID}|arn:aws(-cn|-us-gov)?:batch:[a-z0-9-]+:\\d{12}:service-job/${UUID})$`,
  "i",
);

/**
 * Decodes a path parameter once more, or returns it as it is when it holds
 * a "%" that starts no escape. Next decodes path params, but an ARN's "/"
 * may arrive still encoded (%2F), depending on the proxy in front.
 */
export function decodeOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A service-job id or ARN from a path; a 400 naming `jobId` otherwise. */
export function parseJobId(raw: string): string {
  const value = decodeOnce(raw).trim();
  if (!JOB_ID.test(value)) {
    throw invalidParameter(
      "jobId",
      "must be a job id (UUID) or a service-job ARN",
    );
  }
  return value;
}
