/** A request the API must refuse, and how. */
export interface BadRequest {
  what: string;
  path: string;
  status: 400 | 404;
  code: string;
  /** The parameter a 400 names. */
  parameter?: string;
}

const JOBS = "/api/jobs?queue=llm-pretraining";
const UNKNOWN_JOB = "0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a";

function badSearch(what: string, query: string, parameter: string): BadRequest {
  const path = parameter === "queue" ? `/api/jobs?${query}` : JOBS + query;
  return { what, path, status: 400, code: "invalid_parameter", parameter };
}

function badJobId(what: string, id: string): BadRequest {
  const path = `/api/jobs/${id}`;
  return {
    what,
    path,
    status: 400,
    code: "invalid_parameter",
    parameter: "jobId",
  };
}

/** Every route's bad input, shared by the API tests and the log test. */
export const BAD_REQUESTS: BadRequest[] = [
  badSearch("a missing queue", "", "queue"),
  badSearch("an empty queue", "queue=", "queue"),
  badSearch("an unknown status", "&status=RUNNING,DONE", "status"),
  badSearch("a status given twice", "&status=RUNNING&status=FAILED", "status"),
  badSearch("a zero limit", "&limit=0", "limit"),
  badSearch("a limit over 100", "&limit=101", "limit"),
  badSearch("a limit that is not a number", "&limit=abc", "limit"),
  badSearch(
    "created-after in seconds",
    "&createdAfter=1700000000",
    "createdAfter",
  ),
  badSearch(
    "a created-before that is text",
    "&createdBefore=yesterday",
    "createdBefore",
  ),
  badSearch(
    "a reversed date range",
    "&createdAfter=1800000000000&createdBefore=1700000000000",
    "createdAfter",
  ),
  badSearch("a name with spaces", "&name=my%20job", "name"),
  badSearch("a forged cursor", "&cursor=not-a-cursor", "cursor"),
  badJobId("a job id that is a word", "not-a-job"),
  badJobId("a job id that is almost a UUID", UNKNOWN_JOB.slice(0, -1)),
  badJobId(
    "a job-queue ARN as a job id",
    "arn:aws:batch:us-east-1:123456789012:job-queue%2Fllm",
  ),
  badJobId("a job id with script in it", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
  badJobId("a job id of 2,000 characters", "a".repeat(2_000)),
  {
    what: "an unknown queue",
    path: "/api/jobs?queue=no-such-queue",
    status: 404,
    code: "queue_not_found",
  },
  {
    what: "an ECS job queue",
    path: "/api/jobs?queue=etl-cpu",
    status: 404,
    code: "queue_not_found",
  },
  {
    what: "an unknown job",
    path: `/api/jobs/${UNKNOWN_JOB}`,
    status: 404,
    code: "job_not_found",
  },
  {
    what: "an unknown API path",
    path: "/api/no-such-route",
    status: 404,
    code: "not_found",
  },
];
