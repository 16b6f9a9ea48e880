import { describe, expect, it } from "vitest";

import {
  describeCapacityUsage,
  formatCapacityLimits,
  formatCapacityUsage,
} from "@/lib/format/capacity";

describe("formatCapacityUsage", () => {
  it("sums instance counts without a unit", () => {
    const usage = [
      { capacityUnit: "NUM_INSTANCES", quantity: 2 },
      { capacityUnit: "NUM_INSTANCES", quantity: 4 },
    ];
    expect(formatCapacityUsage(usage)).toBe("6");
  });

  it("names an instance-type unit", () => {
    const usage = [{ capacityUnit: "ml.p4d.24xlarge", quantity: 2 }];
    expect(formatCapacityUsage(usage)).toBe("2 ml.p4d.24xlarge");
  });

  it("shows a dash when AWS sent no usage", () => {
    expect(formatCapacityUsage(undefined)).toBe("—");
    expect(formatCapacityUsage([])).toBe("—");
  });

  it("keeps a zero quantity rather than hiding it", () => {
    const usage = [{ capacityUnit: "NUM_INSTANCES", quantity: 0 }];
    expect(formatCapacityUsage(usage)).toBe("0");
  });
});

describe("describeCapacityUsage", () => {
  it("says instances after the count", () => {
    const usage = [{ capacityUnit: "NUM_INSTANCES", quantity: 8 }];
    expect(describeCapacityUsage(usage)).toBe("8 instances");
  });

  it("says a single instance in the singular", () => {
    const usage = [{ capacityUnit: "NUM_INSTANCES", quantity: 1 }];
    expect(describeCapacityUsage(usage)).toBe("1 instance");
  });

  it("names any other unit as AWS reports it", () => {
    const usage = [
      { capacityUnit: "ml.p4d.24xlarge", quantity: 2 },
      { capacityUnit: "NUM_INSTANCES", quantity: 3 },
    ];
    expect(describeCapacityUsage(usage)).toBe(
      "2 ml.p4d.24xlarge + 3 instances",
    );
    expect(describeCapacityUsage(undefined)).toBe("—");
  });
});

describe("formatCapacityLimits", () => {
  it("reads instance limits in words", () => {
    const limits = [{ capacityUnit: "NUM_INSTANCES", maxCapacity: 50 }];
    expect(formatCapacityLimits(limits)).toBe("50 instances");
    expect(formatCapacityLimits([])).toBe("—");
  });
});
