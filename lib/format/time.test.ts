import { describe, expect, it } from "vitest";

import {
  formatAbsolute,
  formatRelative,
  isTimestamp,
  timeZoneLabel,
  toDateTimeLocal,
} from "@/lib/format/time";

const NOW = Date.UTC(2026, 11, 3, 16, 0, 0);

describe("formatRelative", () => {
  it("shows a dash for missing, zero and seconds-instead-of-ms values", () => {
    expect(formatRelative(undefined, NOW)).toBe("—");
    expect(formatRelative(0, NOW)).toBe("—");
    expect(formatRelative(1_722_507_600, NOW)).toBe("—");
    expect(formatRelative(Number.NaN, NOW)).toBe("—");
  });

  it("counts seconds, minutes, hours and days", () => {
    expect(formatRelative(NOW - 2_000, NOW)).toBe("just now");
    expect(formatRelative(NOW - 42_000, NOW)).toBe("42 s ago");
    expect(formatRelative(NOW - 5 * 60_000 - 59_000, NOW)).toBe("5 min ago");
    expect(formatRelative(NOW - 3 * 3_600_000, NOW)).toBe("3 h ago");
    expect(formatRelative(NOW - 50 * 3_600_000, NOW)).toBe("2 d ago");
  });

  it("reads a slightly future time (clock skew) as just now", () => {
    expect(formatRelative(NOW + 30_000, NOW)).toBe("just now");
    expect(formatRelative(NOW + 2 * 3_600_000, NOW)).toBe("in 2 h");
  });
});

describe("formatAbsolute", () => {
  it("names the time zone and its offset at that date", () => {
    expect(formatAbsolute(NOW, "Europe/Berlin")).toBe(
      "2026-12-03 17:00:00 Europe/Berlin (UTC+01:00)",
    );
    expect(formatAbsolute(Date.UTC(2026, 6, 1, 12), "Europe/Berlin")).toBe(
      "2026-07-01 14:00:00 Europe/Berlin (UTC+02:00)",
    );
  });

  it("labels UTC with a zero offset", () => {
    expect(timeZoneLabel("UTC", NOW)).toBe("UTC (UTC+00:00)");
    expect(timeZoneLabel("Asia/Kolkata", NOW)).toBe("Asia/Kolkata (UTC+05:30)");
  });

  it("shows a dash rather than 1970 for a missing time", () => {
    expect(formatAbsolute(undefined, "UTC")).toBe("—");
    expect(formatAbsolute(0, "UTC")).toBe("—");
  });
});

describe("toDateTimeLocal", () => {
  it("gives the wall-clock minute in the chosen zone", () => {
    expect(toDateTimeLocal(NOW, "America/New_York")).toBe("2026-12-03T11:00");
  });
});

describe("isTimestamp", () => {
  it("accepts epoch milliseconds only", () => {
    expect(isTimestamp(NOW)).toBe(true);
    expect(isTimestamp(-1)).toBe(false);
    expect(isTimestamp(null)).toBe(false);
  });
});
