/** ListServiceJobs: one page of a queue's jobs, newest first. */
import { isJobStatus, type JobStatus } from "@/lib/batch/types";
import type { Operation, SimContext } from "../context";
import { clientError } from "../errors";
import {
  FILTER_NAMES,
  listPage,
  type FilterName,
  type ListQuery,
} from "../listing";
import { tokenNumber, tokenString } from "../pagination";
import type { QueueRuntime } from "../state";
import { toSummary } from "../views";
import { optionalInt, optionalString, type Input } from "../validation";

/** Filters that combine with jobStatus instead of replacing it. */
const STATUS_FILTERS: readonly string[] = [
  "SHARE_IDENTIFIER",
  "QUOTA_SHARE_NAME",
];

function parseFilter(input: Input): ListQuery["filter"] {
  const filters = input.filters;
  if (filters === undefined || filters === null) return undefined;
  if (!Array.isArray(filters)) throw clientError("filters must be a list");
  if (filters.length === 0) return undefined;
  if (filters.length > 1) {
    throw clientError("Only one filter key-value pair can be specified.");
  }
  const { name, values } = (filters[0] ?? {}) as Input;
  if (typeof name !== "string" || !FILTER_NAMES.includes(name as FilterName)) {
    throw clientError(`Invalid filter name: ${String(name)}`);
  }
  if (!Array.isArray(values) || values.length > 1) {
    throw clientError("Filter cannot take more than one value.");
  }
  const value = values[0];
  if (typeof value !== "string" || value === "") {
    throw clientError("Filter must have exactly one value.");
  }
  if (name.endsWith("_CREATED_AT") && !/^\d{1,16}$/.test(value)) {
    throw clientError(`${name} must be a time in epoch milliseconds`);
  }
  return { name: name as FilterName, value };
}

function parseStatus(input: Input): JobStatus | undefined {
  const status = optionalString(input, "jobStatus");
  if (status !== undefined && !isJobStatus(status)) {
    throw clientError(`Invalid jobStatus: ${status}`);
  }
  return status;
}

function parseQuery(ctx: SimContext, input: Input): ListQuery {
  // The model marks jobQueue optional; refusing a call without it is the
  // recommended behaviour (UNVERIFIED).
  const name = optionalString(input, "jobQueue");
  if (!name) throw clientError("jobQueue is a required parameter");
  const queue: QueueRuntime | undefined = ctx.store.queue(name);
  if (!queue) throw clientError(`Job queue ${name} does not exist`);
  const filter = parseFilter(input);
  const jobStatus = parseStatus(input);
  // No filter means RUNNING only. SHARE_IDENTIFIER and QUOTA_SHARE_NAME
  // combine with jobStatus; their default without one is also RUNNING
  // (UNVERIFIED). The other filters return every status.
  const combines = !filter || STATUS_FILTERS.includes(filter.name);
  const status = combines ? (jobStatus ?? "RUNNING") : undefined;
  return { queue, status, filter };
}

/** Lists one page; the token pins the chain to its first page's snapshot. */
export const listServiceJobs: Operation = (ctx, input) => {
  const limit = optionalInt(input, "maxResults", 1, 100) ?? 100;
  const query = parseQuery(ctx, input);
  const fingerprint = JSON.stringify([
    "ListServiceJobs",
    query.queue.arn,
    query.status ?? null,
    query.filter ?? null,
  ]);
  const token = optionalString(input, "nextToken");
  const state = token ? ctx.tokens.decode(fingerprint, token) : undefined;
  const version = state ? tokenNumber(state, "v") : ctx.store.version;
  const after = state
    ? { createdAt: tokenNumber(state, "c"), jobId: tokenString(state, "i") }
    : undefined;

  const page = listPage(query, version, after, limit);
  const last = page.jobs.at(-1);
  const nextToken =
    page.more && last
      ? ctx.tokens.encode(fingerprint, {
          v: version,
          c: last.createdAt,
          i: last.jobId,
        })
      : undefined;
  return {
    jobSummaryList: page.jobs.map((job) =>
      toSummary(job, ctx.store.jobArn(job.jobId)),
    ),
    nextToken,
  };
};
