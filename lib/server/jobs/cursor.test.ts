import { describe, expect, it } from "vitest";

import type { JobSearch } from "@/lib/api/contract";
import { ApiError } from "@/lib/server/http/errors";
import {
  decodeCursor,
  encodeCursor,
  type SearchCursor,
} from "@/lib/server/jobs/cursor";

const search: JobSearch = {
  queue: "llm-pretraining",
  statuses: ["RUNNING", "FAILED"],
  share: "team-a",
  limit: 25,
};

const cursor: SearchCursor = {
  startedAt: 1_780_000_000_000,
  position: {
    at: 1_779_999_000_000,
    ids: ["a4d6c728-8ee8-4c65-8e2a-9a5e8f4b7c3d"],
  },
  chains: [{ token: "opaque-token==" }, { done: true }],
};

function rejection(raw: string, against: JobSearch = search): ApiError {
  try {
    decodeCursor(against, raw);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("the cursor was accepted");
}

describe("search cursors", () => {
  it("round-trip through their opaque base64url form", () => {
    const raw = encodeCursor(search, cursor);

    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(search, raw)).toEqual(cursor);
  });

  it("keep job-id fingerprints of an unordered chain", () => {
    const withSeen: SearchCursor = {
      startedAt: 1,
      chains: [{ token: "t", seen: ["abc", "def"] }],
    };

    expect(decodeCursor(search, encodeCursor(search, withSeen))).toEqual(
      withSeen,
    );
  });

  it("survive a different page size and status order", () => {
    const raw = encodeCursor(search, cursor);
    const same = {
      ...search,
      limit: 100,
      statuses: ["FAILED", "RUNNING"],
    } as const;

    expect(
      decodeCursor({ ...same, statuses: [...same.statuses] }, raw),
    ).toEqual(cursor);
  });

  it.each([
    ["garbage", "not-a-cursor"],
    ["base64 of non-JSON", Buffer.from("hello").toString("base64url")],
    ["JSON of the wrong shape", Buffer.from('{"v":2}').toString("base64url")],
  ])("reject %s as an invalid cursor", (_what, raw) => {
    const error = rejection(raw);

    expect(error.code).toBe("invalid_parameter");
    expect(error.options.parameter).toBe("cursor");
    expect(error.message).toMatch(/^cursor /);
  });

  it("reject a cursor whose content was edited", () => {
    const raw = encodeCursor(search, cursor);
    const wire = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    wire.t += 1;
    const edited = Buffer.from(JSON.stringify(wire)).toString("base64url");

    expect(rejection(edited).options.parameter).toBe("cursor");
  });

  it("reject a cursor from another search", () => {
    const raw = encodeCursor(search, cursor);
    const error = rejection(raw, { ...search, share: "team-b" });

    expect(error.status).toBe(400);
    expect(error.message).toBe(
      "cursor belongs to a different search; start again without it",
    );
  });
});
