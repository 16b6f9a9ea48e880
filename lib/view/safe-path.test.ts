import { describe, expect, it } from "vitest";

import { escapeUndecodable } from "@/lib/view/safe-path";

describe("escapeUndecodable", () => {
  it.each([
    ["/queues/%", "/queues/%25"],
    ["/queues/100%", "/queues/100%25"],
    ["/queues/%E0%A4%A", "/queues/%25E0%25A4%25A"],
    ["/api/jobs/%zz/x", "/api/jobs/%25zz/x"],
  ])("escapes %s as literal text", (raw, escaped) => {
    expect(escapeUndecodable(raw)).toBe(escaped);
    expect(decodeURIComponent(escapeUndecodable(raw))).toBe(raw);
  });

  it.each([
    "/queues/llm-pretraining",
    "/queues/a%2Fb",
    "/api/jobs/arn%3Aaws%3Abatch%3Aus-east-1%3A1%3Aservice-job%2Fx",
    "/queues/%E2%9C%93",
  ])("leaves %s as it is", (path) => {
    expect(escapeUndecodable(path)).toBe(path);
  });
});
