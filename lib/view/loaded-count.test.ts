import { describe, expect, it } from "vitest";

import { describeLoaded } from "@/lib/view/loaded-count";

describe("describeLoaded", () => {
  it("says more can be loaded while pages remain", () => {
    expect(describeLoaded(300, true)).toBe("300 jobs loaded, more below");
    expect(describeLoaded(1, true)).toBe("1 job loaded, more below");
  });

  it("says the count is complete once the search is exhausted", () => {
    expect(describeLoaded(1_234, false)).toBe("all 1,234 jobs");
    expect(describeLoaded(1, false)).toBe("all 1 job");
  });
});
