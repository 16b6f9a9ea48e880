import { describe, expect, it } from "vitest";

import { loadQueueView, queueHref } from "@/lib/view/url-state";

describe("queueHref", () => {
  it("keeps portable filters and drops share and job", () => {
    const href = queueHref("gpu-queue", {
      status: ["RUNNING", "FAILED"],
      name: "llama*",
      created: "24h",
      share: "teamA",
      job: "abc",
      refresh: 30,
    });
    expect(href).toBe(
      "/queues/gpu-queue?status=RUNNING,FAILED&name=llama*&created=24h&refresh=30",
    );
  });

  it("leaves out defaults and encodes the queue name", () => {
    expect(queueHref("a b", { status: [], refresh: 10 })).toBe("/queues/a%20b");
    expect(queueHref("q")).toBe("/queues/q");
  });
});

describe("loadQueueView", () => {
  it("reads a shared link back, dropping an unknown status", () => {
    const view = loadQueueView(
      "?status=RUNNING,BOGUS&created=7d&from=1764763200000&refresh=5&job=j-1",
    );
    expect(view.status).toEqual(["RUNNING"]);
    expect(view.created).toBe("7d");
    expect(view.from).toBe(1764763200000);
    expect(view.refresh).toBe(5);
    expect(view.job).toBe("j-1");
  });

  it("falls back to the defaults for unknown values", () => {
    const view = loadQueueView("?refresh=7&created=3d");
    expect(view.refresh).toBe(10);
    expect(view.created).toBeNull();
    expect(view.status).toEqual([]);
  });

  it.each([
    ["past year 275760", "99999999999999999999"],
    ["one ms past the last Date", "8640000000000001"],
    ["negative", "-5"],
    ["in seconds", "1700000000"],
    ["in exponent form", "1.7e12"],
    ["in hex", "0x18BCFE56800"],
  ])("ignores a date bound %s", (_what, value) => {
    const view = loadQueueView(`?from=${value}&to=${value}`);
    expect([view.from, view.to]).toEqual([null, null]);
  });

  it("keeps the last representable date", () => {
    expect(loadQueueView("?to=8640000000000000").to).toBe(8.64e15);
  });
});
