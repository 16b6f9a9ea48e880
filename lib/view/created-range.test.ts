import { describe, expect, it } from "vitest";

import { MIN_DATE_MS } from "@/lib/api/job-search";
import { parseDateTimeLocal } from "@/lib/view/created-range";

describe("parseDateTimeLocal", () => {
  it("reads a picked time in the browser's zone", () => {
    expect(parseDateTimeLocal("2026-12-01T08:30")).toBe(
      new Date(2026, 11, 1, 8, 30).getTime(),
    );
  });

  it.each(["1990-01-01T00:00", "1970-01-01T00:00", "0001-01-01T00:00"])(
    "raises %s to the API's earliest bound instead of sending seconds-like ms",
    (text) => {
      expect(parseDateTimeLocal(text)).toBe(MIN_DATE_MS);
    },
  );

  it.each(["", "not a date"])("reads %j as no bound", (text) => {
    expect(parseDateTimeLocal(text)).toBeNull();
  });
});
