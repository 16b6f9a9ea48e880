import { expect, test, type APIRequestContext } from "@playwright/test";

import type { JobsResponse } from "@/lib/api/contract";

import { expectedJobs, rowName } from "./support/ground-truth";
import { firstRowNames } from "./support/job-table";
import { AWS_WORLD, FROZEN_WORLD } from "./support/worlds";

// The dashboard on port 3102 runs the default AWS backend: the real SDK
// client, credentials, region and endpoint, talking HTTP to `npm run sim`
// serving the frozen world's twin. Every answer must equal the in-process
// demo server's.

async function getJson(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as unknown;
}

async function bothWorlds(request: APIRequestContext, path: string) {
  return Promise.all([
    getJson(request, FROZEN_WORLD.baseUrl + path),
    getJson(request, AWS_WORLD.baseUrl + path),
  ]);
}

/** Every page of a search on one server, following `nextCursor`. */
async function allPages(request: APIRequestContext, base: string, q: string) {
  const pages: JobsResponse[] = [];
  let cursor: string | null = "";
  while (cursor !== null) {
    const more = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page = (await getJson(
      request,
      `${base}/api/jobs?${q}${more}`,
    )) as JobsResponse;
    pages.push(page);
    cursor = page.nextCursor;
    if (pages.length > 100) throw new Error(`no end to ${q}`);
  }
  return pages;
}

test.describe("a production start on the AWS path behaves like demo mode", () => {
  test("the queue list is the same", async ({ request }) => {
    const [demo, aws] = await bothWorlds(request, "/api/queues");

    expect(aws).toEqual(demo);
    expect((demo as { queues: unknown[] }).queues.length).toBe(4);
  });

  // A name prefix the world surely has: its newest vision job's first word.
  const word = expectedJobs("vision-finetune")[0]?.jobName.split("-")[0];
  const searches: Array<[string, string]> = [
    ["a whole queue", "queue=llm-pretraining"],
    ["two statuses", "queue=llm-pretraining&status=SUCCEEDED,FAILED&limit=20"],
    ["a name prefix", `queue=vision-finetune&name=${word}*&limit=50`],
    [
      "a share and a status",
      "queue=llm-pretraining&share=speech&status=SUCCEEDED",
    ],
  ];
  for (const [what, search] of searches) {
    test(`the first page of ${what} is the same`, async ({ request }) => {
      const [demo, aws] = (await bothWorlds(
        request,
        `/api/jobs?${search}`,
      )) as JobsResponse[];

      expect(aws?.jobs).toEqual(demo?.jobs);
      expect(aws?.search).toEqual(demo?.search);
      expect(aws?.nextCursor === null).toBe(demo?.nextCursor === null);
      expect(demo?.jobs.length).toBeGreaterThan(0);
    });
  }

  test("paging a search to its end gives the same jobs", async ({
    request,
  }) => {
    const search = "queue=vision-finetune&status=FAILED&limit=100";
    const demo = await allPages(request, FROZEN_WORLD.baseUrl, search);
    const aws = await allPages(request, AWS_WORLD.baseUrl, search);
    const ids = (pages: JobsResponse[]) =>
      pages.flatMap((p) => p.jobs.map((job) => job.jobId));

    expect(aws.map((p) => p.jobs)).toEqual(demo.map((p) => p.jobs));
    const truth = expectedJobs("vision-finetune", { statuses: ["FAILED"] });
    expect(ids(aws)).toEqual(truth.map((job) => job.jobId));
    expect(aws.length).toBe(Math.ceil(truth.length / 100));
  });

  test("its queue page shows the same first rows", async ({ page }) => {
    const truth = expectedJobs("research-spot").slice(0, 10).map(rowName);

    await page.goto(`${FROZEN_WORLD.baseUrl}/queues/research-spot`);
    const demo = await firstRowNames(page, 10);
    await page.goto(`${AWS_WORLD.baseUrl}/queues/research-spot`);
    const aws = await firstRowNames(page, 10);

    expect(aws).toEqual(demo);
    expect(aws).toEqual(truth);
  });
});
