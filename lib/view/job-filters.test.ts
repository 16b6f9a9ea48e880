import { describe, expect, it } from "vitest";

import type { JobSummary } from "@/lib/batch/types";
import {
  countByStatus,
  nameSearchError,
  toNamePrefix,
  NO_FILTERS,
  shareIdentifiers,
  toJobSearch,
  trailingEmptyScans,
} from "@/lib/view/job-filters";

const NOW = Date.UTC(2026, 11, 3, 12);

describe("nameSearchError", () => {
  it("accepts an exact name and a trailing-* prefix", () => {
    expect(nameSearchError("llama3-8b_ft")).toBeNull();
    expect(nameSearchError("llama3-8b*")).toBeNull();
    expect(nameSearchError("")).toBeNull();
  });

  it("rejects what the API would reject", () => {
    expect(nameSearchError("llama*8b")).toMatch(/optional \* at the end/);
    expect(nameSearchError("my job")).toMatch(/letters, digits/);
    expect(nameSearchError("*")).toMatch(/at least one character/);
    expect(nameSearchError("a".repeat(130))).toMatch(/128/);
    expect(nameSearchError("a".repeat(129))).toMatch(/128/);
    expect(nameSearchError(`${"a".repeat(128)}*`)).toBeNull();
  });
});

describe("toNamePrefix", () => {
  it("turns typed text into a prefix search", () => {
    expect(toNamePrefix("llama3-8b")).toBe("llama3-8b*");
    expect(toNamePrefix("  llama3-8b ")).toBe("llama3-8b*");
  });

  it("keeps a * the user typed without doubling it", () => {
    expect(toNamePrefix("llama3-8b*")).toBe("llama3-8b*");
  });

  it("searches no name when nothing is typed", () => {
    expect(toNamePrefix(null)).toBeUndefined();
    expect(toNamePrefix("   ")).toBeUndefined();
  });

  it("keeps a 128-character name valid for the API once the * is added", () => {
    const name = "a".repeat(128);
    expect(toNamePrefix(name)).toBe(`${name}*`);
    expect(nameSearchError(`${name}*`)).toBeNull();
  });
});

describe("toJobSearch", () => {
  it("resolves a preset against now and orders statuses", () => {
    const search = toJobSearch(
      "gpu-queue",
      { ...NO_FILTERS, created: "24h", statuses: ["FAILED", "RUNNING"] },
      NOW,
    );
    expect(search).toEqual({
      queue: "gpu-queue",
      statuses: ["RUNNING", "FAILED"],
      name: undefined,
      share: undefined,
      createdAfter: NOW - 24 * 3_600_000,
      limit: 100,
    });
  });

  it("passes custom bounds, swapping reversed ones", () => {
    const search = toJobSearch(
      "q",
      { ...NO_FILTERS, from: NOW, to: NOW - 5000, name: "x*", share: "a" },
      NOW,
    );
    expect(search.createdAfter).toBe(NOW - 5000);
    expect(search.createdBefore).toBe(NOW);
    expect(search.name).toBe("x*");
    expect(search.share).toBe("a");
  });

  it("sends a typed name as a prefix", () => {
    const search = toJobSearch("q", { ...NO_FILTERS, name: "llama3" }, NOW);
    expect(search.name).toBe("llama3*");
  });
});

describe("countByStatus and shareIdentifiers", () => {
  const base = { serviceJobType: "SAGEMAKER_TRAINING", jobName: "n" };
  const jobs: JobSummary[] = [
    { ...base, jobId: "1", status: "RUNNING", shareIdentifier: "teamB" },
    { ...base, jobId: "2", status: "RUNNING", shareIdentifier: "teamA" },
    { ...base, jobId: "3", status: "FAILED", shareIdentifier: "teamB" },
    { ...base, jobId: "4" },
  ];

  it("counts loaded jobs per status, zero for absent ones", () => {
    const counts = countByStatus(jobs);
    expect(counts.RUNNING).toBe(2);
    expect(counts.FAILED).toBe(1);
    expect(counts.SUBMITTED).toBe(0);
  });

  it("lists each share identifier once, sorted", () => {
    expect(shareIdentifiers(jobs)).toEqual(["teamA", "teamB"]);
  });
});

describe("trailingEmptyScans", () => {
  const page = (jobs: number, scanLimitReached: boolean) => ({
    jobs: Array.from({ length: jobs }, () => ({})),
    search: { scanLimitReached },
  });

  it("counts only the empty, scan-limited pages at the end", () => {
    expect(trailingEmptyScans([])).toBe(0);
    expect(trailingEmptyScans([page(3, false), page(0, true)])).toBe(1);
    expect(
      trailingEmptyScans([
        page(0, true),
        page(2, true),
        page(0, true),
        page(0, true),
      ]),
    ).toBe(2);
    expect(trailingEmptyScans([page(0, true), page(0, false)])).toBe(0);
  });
});
