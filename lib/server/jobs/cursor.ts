import "server-only";

import { createHash } from "node:crypto";

import { z } from "zod";

import type { JobSearch } from "@/lib/api/contract";
import { invalidParameter } from "@/lib/server/http/errors";

/**
 * The opaque `nextCursor` of `/api/jobs`: base64url JSON holding, per
 * upstream chain, the token of the page being consumed, and the merge
 * position. A page read without a token is a fresh query whose rows may have
 * shifted, so consumed rows are recognised by position (ordered chains) or
 * by job-id fingerprints (JOB_NAME chains), not by counting.
 */

/** Where the newest-first merge stopped: rows at or after this were consumed. */
export interface MergePosition {
  /** createdAt of the last consumed row. */
  at: number;
  /** Ids of the consumed rows created exactly at `at` (ties). */
  ids: string[];
}

/** The resume point of one chain. */
export interface ChainCursor {
  /** Token of the page being consumed; absent for the first page. */
  token?: string;
  /** Fingerprints of rows consumed from that page (JOB_NAME chains only). */
  seen?: string[];
  /**
   * Id of a pinned chain's unconsumed first row; `token` is then the token
   * of the page after it.
   */
  head?: string;
  done?: boolean;
}

/** A decoded cursor. */
export interface SearchCursor {
  /** Backend time the search started (ms). */
  startedAt: number;
  position?: MergePosition;
  chains: ChainCursor[];
}

const cursorSchema = z.object({
  v: z.literal(1),
  q: z.string().length(16),
  h: z.string().length(16),
  t: z.number().int().nonnegative(),
  p: z
    .object({ at: z.number(), ids: z.array(z.string().max(128)).max(1000) })
    .optional(),
  c: z
    .array(
      z.object({
        k: z.string().min(1).max(2048).optional(),
        s: z.array(z.string().max(16)).max(100).optional(),
        f: z.string().min(1).max(128).optional(),
        d: z.literal(true).optional(),
      }),
    )
    .min(1)
    .max(8),
});

type Wire = z.infer<typeof cursorSchema>;

function digest(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(value))
    .digest("base64url")
    .slice(0, 16);
}

/** Identifies the query a cursor belongs to (the page size may change). */
export function queryDigest(search: JobSearch): string {
  const { queue, name, createdAfter, createdBefore, share } = search;
  const statuses = [...search.statuses].sort();
  return digest([queue, statuses, name, createdAfter, createdBefore, share]);
}

/** A short, stable stand-in for a job id inside a cursor. */
export function fingerprint(jobId: string): string {
  return createHash("sha256").update(jobId).digest("base64url").slice(0, 10);
}

/** Encodes a cursor bound to `search`. */
export function encodeCursor(search: JobSearch, cursor: SearchCursor): string {
  const body = {
    v: 1 as const,
    q: queryDigest(search),
    t: cursor.startedAt,
    p: cursor.position,
    c: cursor.chains.map((c) => ({
      k: c.token,
      s: c.seen,
      f: c.head,
      d: c.done || undefined,
    })),
  };
  const wire: Wire = { ...body, h: digest(body) };
  return Buffer.from(JSON.stringify(wire)).toString("base64url");
}

function parseWire(raw: string): Wire | undefined {
  try {
    const json: unknown = JSON.parse(
      Buffer.from(raw, "base64url").toString("utf8"),
    );
    const parsed = cursorSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes a cursor of `search`; a 400 naming `cursor` otherwise. */
export function decodeCursor(search: JobSearch, raw: string): SearchCursor {
  const wire = parseWire(raw);
  const { h, ...body } = wire ?? { h: "" };
  if (!wire || digest(body) !== h) {
    throw invalidParameter("cursor", "is not a cursor this server issued");
  }
  if (wire.q !== queryDigest(search)) {
    throw invalidParameter(
      "cursor",
      "belongs to a different search; start again without it",
    );
  }

  return {
    startedAt: wire.t,
    position: wire.p,
    chains: wire.c.map((c) => ({
      token: c.k,
      seen: c.s,
      head: c.f,
      done: c.d,
    })),
  };
}
