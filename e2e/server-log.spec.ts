import { expect, test } from "@playwright/test";

import { BAD_REQUESTS } from "./support/bad-requests";
import { startOwnServer } from "./support/own-server";
import { FROZEN_WORLD, worldEnv } from "./support/worlds";

const PORT = 3110;

interface RequestLine {
  msg: string;
  status: number;
  route: string;
}

function requestLines(lines: string[]): RequestLine[] {
  return lines
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as RequestLine)
    .filter((entry) => entry.msg === "api request");
}

test("bad requests are logged once each with their status, and never with a stack trace", async () => {
  test.setTimeout(120_000);
  const server = await startOwnServer(PORT, {
    ...worldEnv({ ...FROZEN_WORLD, jobs: 500 }),
    LOG_LEVEL: "info",
  });
  const statuses: Array<[string, number]> = [];
  try {
    for (const bad of BAD_REQUESTS) {
      const before = requestLines(server.lines()).length;
      const response = await fetch(server.baseUrl + bad.path);
      await response.arrayBuffer();
      await expect
        .poll(() => requestLines(server.lines()).length)
        .toBeGreaterThan(before);
      const logged = requestLines(server.lines()).slice(before);
      statuses.push([bad.what, response.status]);
      expect(
        logged.map((entry) => entry.status),
        bad.what,
      ).toEqual([bad.status]);
    }
  } finally {
    await server.stop();
  }

  const lines = server.lines();
  expect(statuses).toEqual(BAD_REQUESTS.map((b) => [b.what, b.status]));
  // A stack frame on its own line or escaped inside a JSON line; AWS's
  // own error name (ClientException) in an upstream-failure line is fine.
  const stackish = /^\s+at |\\n\s+at |Exception|"stack"/;
  const withoutAwsNames = (line: string) =>
    line.replace(/"errorName":"\w+"/g, "");
  expect(lines.filter((l) => stackish.test(withoutAwsNames(l)))).toEqual([]);
  // One start-up line per request and nothing else that is a request.
  expect(requestLines(lines)).toHaveLength(BAD_REQUESTS.length + 1);
});

test("an upstream failure is logged once with its operation and AWS request id", async () => {
  const server = await startOwnServer(PORT, {
    ...worldEnv({ ...FROZEN_WORLD, jobs: 500 }),
    LOG_LEVEL: "info",
  });
  try {
    const unknownJob = BAD_REQUESTS.find((b) => b.code === "job_not_found");
    const response = await fetch(`${server.baseUrl}${unknownJob?.path}`);
    expect(response.status).toBe(404);
    await expect
      .poll(() => requestLines(server.lines()).length)
      .toBeGreaterThan(1);
  } finally {
    await server.stop();
  }

  const upstream = server
    .lines()
    .filter((line) => line.includes('"upstream call failed"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(upstream).toHaveLength(1);
  expect(upstream[0]?.operation).toBe("DescribeServiceJob");
  expect(upstream[0]?.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
});
