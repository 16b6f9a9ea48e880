import { describe, expect, it } from "vitest";

import { NO_FILTERS } from "@/lib/view/job-filters";
import { describeNoMatch } from "@/lib/view/no-match";

describe("describeNoMatch", () => {
  it("names every active filter in the title", () => {
    const text = describeNoMatch({
      ...NO_FILTERS,
      statuses: ["FAILED"],
      name: "llama3-8b",
      created: "24h",
    });
    expect(text.title).toBe(
      "No FAILED jobs named llama3-8b* in the last 24 hours",
    );
    expect(text.hint).toBe(
      "Try to select more statuses, shorten the name or widen the created range.",
    );
  });

  it("suggests loosening only the filters that are set", () => {
    const text = describeNoMatch({ ...NO_FILTERS, share: "nlp" });
    expect(text.title).toBe("No jobs in share nlp");
    expect(text.hint).toBe("Try to clear the share.");
  });

  it("joins several statuses and reads days and custom ranges", () => {
    const week = describeNoMatch({
      ...NO_FILTERS,
      statuses: ["RUNNING", "FAILED"],
      created: "7d",
    });
    expect(week.title).toBe("No RUNNING or FAILED jobs in the last 7 days");
    const hour = describeNoMatch({ ...NO_FILTERS, created: "1h" });
    expect(hour.title).toBe("No jobs in the last hour");
    const custom = describeNoMatch({ ...NO_FILTERS, from: 1, to: 2 });
    expect(custom.title).toBe("No jobs in the chosen created range");
  });

  it("suggests no filter change when none is set", () => {
    const text = describeNoMatch(NO_FILTERS);
    expect(text.title).toBe("No jobs in this queue");
    expect(text.hint).toMatch(/once they are submitted/);
  });
});
