import { describe, expect, it } from "vitest";

import type { JobSearch } from "@/lib/api/contract";
import { ApiError } from "@/lib/server/http/errors";
import {
  checkJobSearch,
  decodeOnce,
  parseJobSearch,
} from "@/lib/server/http/params";

const search: JobSearch = {
  queue: "llm-pretraining",
  statuses: ["RUNNING", "FAILED"],
  name: "llama3-8b*",
  createdAfter: 1_780_000_000_000,
  share: "nlp",
  limit: 100,
};

function rejection(bad: JobSearch): ApiError {
  try {
    checkJobSearch(bad);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("the search was accepted");
}

function parseError(query: string): ApiError {
  try {
    parseJobSearch(new URLSearchParams(query));
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("the query was accepted");
}

describe("parseJobSearch", () => {
  const queue = "queue=llm-pretraining";
  const LIMIT = "limit must be a whole number from 1 to 100";
  const EPOCH = "must be a whole number of epoch milliseconds";

  it.each([
    [`${queue}&limit=0x10`, "limit", LIMIT],
    [`${queue}&limit=1e1`, "limit", LIMIT],
    [`${queue}&limit=`, "limit", LIMIT],
    [`${queue}&limit=1&limit=500`, "limit", "limit must be given once"],
    [
      `${queue}&status=RUNNING&status=FAILED`,
      "status",
      "status must be given once, as a comma-separated list",
    ],
    [
      `${queue}&createdAfter=0x18BCFE56800`,
      "createdAfter",
      `createdAfter ${EPOCH}`,
    ],
    [`${queue}&createdAfter=1.7e12`, "createdAfter", `createdAfter ${EPOCH}`],
    [`${queue}&createdBefore=`, "createdBefore", `createdBefore ${EPOCH}`],
  ])("refuses ?%s naming %s", (query, parameter, message) => {
    const error = parseError(query);

    expect(error.status).toBe(400);
    expect(error.options.parameter).toBe(parameter);
    expect(error.message).toBe(message);
  });

  it.each([
    ["queue", "", 301, "queue must be at most 300 characters"],
    ["share", `${queue}&`, 256, "share must be at most 255 characters"],
    ["name", `${queue}&`, 129, "name must be at most 128 characters"],
    ["cursor", `${queue}&`, 8193, "cursor is not a cursor this server issued"],
  ])("refuses an over-long %s naming it", (key, rest, size, text) => {
    const error = parseError(`${rest}${key}=${"a".repeat(size)}`);

    expect(error.options.parameter).toBe(key);
    expect(error.message).toContain(text);
  });

  it("takes a 128-character prefix with its *", () => {
    const name = `${"a".repeat(128)}*`;
    expect(
      parseJobSearch(new URLSearchParams(`${queue}&name=${name}`)).name,
    ).toBe(name);
  });
});

describe("checkJobSearch", () => {
  it("passes a valid search through unchanged", () => {
    expect(checkJobSearch(search)).toEqual(search);
  });

  it.each([
    ["a name with a space", { name: "bad name" }, "name"],
    ["a bound before 2001", { createdBefore: -5 }, "createdBefore"],
    ["a bound past the last Date", { createdAfter: 9e15 }, "createdAfter"],
    ["an empty share", { share: " " }, "share"],
  ])("rejects %s as the API would", (_what, change, parameter) => {
    const error = rejection({ ...search, ...change });

    expect(error.status).toBe(400);
    expect(error.options.parameter).toBe(parameter);
  });
});

describe("decodeOnce", () => {
  it("decodes an ARN whose slash is still encoded", () => {
    expect(decodeOnce("arn:aws:batch:r:1:service-job%2Fx")).toBe(
      "arn:aws:batch:r:1:service-job/x",
    );
  });

  it.each(["%", "100%", "%E0%A4%A"])("keeps %s as it is", (raw) => {
    expect(decodeOnce(raw)).toBe(raw);
  });
});
