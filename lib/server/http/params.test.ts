import { describe, expect, it } from "vitest";

import type { JobSearch } from "@/lib/api/contract";
import { ApiError } from "@/lib/server/http/errors";
import { checkJobSearch, decodeOnce } from "@/lib/server/http/params";

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
