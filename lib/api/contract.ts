import type {
  JobDetail,
  JobStatus,
  JobSummary,
  Queue,
} from "@/lib/batch/types";

/**
 * Shapes of the dashboard's HTTP API, shared by route handlers and the
 * browser. Query parameters are parsed by lib/api/job-search.ts.
 */

/** `GET /api/queues` */
export interface QueuesResponse {
  queues: Queue[];
}

/** A condition of a job search; see {@link JobSearch}. */
export type SearchCondition =
  "status" | "name" | "createdAfter" | "createdBefore" | "share";

/** A parsed `GET /api/jobs` query. */
export interface JobSearch {
  /** Queue name or ARN. */
  queue: string;
  /** Empty means every status. */
  statuses: JobStatus[];
  /** Case-insensitive; exact, or a prefix when it ends in `*`. */
  name?: string;
  /** Epoch ms, inclusive. */
  createdAfter?: number;
  /** Epoch ms, inclusive. */
  createdBefore?: number;
  share?: string;
  /** Page size, 1–100. */
  limit: number;
  /** Opaque; from the previous page's `nextCursor`. */
  cursor?: string;
}

/** How the server answered a search, so the UI can explain partial pages. */
export interface SearchReport {
  /** Conditions AWS applied in ListServiceJobs. */
  appliedByAws: SearchCondition[];
  /** Conditions the dashboard server applied to what AWS returned. */
  appliedByServer: SearchCondition[];
  /** ListServiceJobs calls made for this page. */
  upstreamCalls: number;
  /**
   * True when the server stopped reading upstream pages at its bound before
   * the page was full; `nextCursor` continues the search ("still searching").
   */
  scanLimitReached: boolean;
}

/** `GET /api/jobs` */
export interface JobsResponse {
  jobs: JobSummary[];
  /** Null only when the search is exhausted. */
  nextCursor: string | null;
  search: SearchReport;
}

/** `GET /api/jobs/{jobId}` */
export interface JobDetailResponse {
  job: JobDetail;
}
