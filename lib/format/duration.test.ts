import { describe, expect, it } from "vitest";

import { describeJobTiming, formatDuration, span } from "@/lib/format/duration";

const NOW = Date.UTC(2026, 11, 3, 16, 0, 0);
const MIN = 60_000;

describe("formatDuration", () => {
  it("picks the two largest useful units", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(47_999)).toBe("47s");
    expect(formatDuration(47 * MIN)).toBe("47m");
    expect(formatDuration(133 * MIN)).toBe("2h 13m");
    expect(formatDuration(76 * 60 * MIN)).toBe("3d 4h");
  });

  it("never prints a negative or NaN duration", () => {
    expect(formatDuration(-1)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
    expect(formatDuration(undefined)).toBe("—");
  });
});

describe("span", () => {
  it("is undefined when an end is missing or before the start", () => {
    expect(span(NOW, NOW + MIN)).toBe(MIN);
    expect(span(undefined, NOW)).toBeUndefined();
    expect(span(NOW, 0)).toBeUndefined();
    expect(span(NOW, NOW - MIN)).toBeUndefined();
  });
});

describe("describeJobTiming", () => {
  it("says how long a started job has been running", () => {
    const job = { status: "RUNNING" as const, startedAt: NOW - 133 * MIN };
    expect(describeJobTiming(job, NOW)).toBe("running for 2h 13m");
  });

  it("says how long a stopped job ran", () => {
    const job = {
      status: "SUCCEEDED" as const,
      startedAt: NOW - 60 * MIN,
      stoppedAt: NOW - 13 * MIN,
    };
    expect(describeJobTiming(job, NOW)).toBe("ran for 47m");
  });

  it("says how long a job has waited before it started", () => {
    const job = { status: "RUNNABLE" as const, createdAt: NOW - 12 * MIN };
    expect(describeJobTiming(job, NOW)).toBe("waiting 12m");
  });

  it("reads a start in the future (clock skew) as just started", () => {
    const job = { status: "RUNNING" as const, startedAt: NOW + 20_000 };
    expect(describeJobTiming(job, NOW)).toBe("running for 0s");
  });

  it("shows a dash when a finished job lacks its stop time", () => {
    const job = { status: "FAILED" as const, startedAt: NOW - MIN };
    expect(describeJobTiming(job, NOW)).toBe("—");
  });

  it("shows a dash when a listing left out every time", () => {
    expect(describeJobTiming({ status: "RUNNING" }, NOW)).toBe("—");
    expect(describeJobTiming({}, NOW)).toBe("—");
  });

  it("does not claim a failed, never-started job is waiting", () => {
    const job = {
      status: "FAILED" as const,
      createdAt: NOW - MIN,
      stoppedAt: NOW,
    };
    expect(describeJobTiming(job, NOW)).toBe("—");
  });
});
