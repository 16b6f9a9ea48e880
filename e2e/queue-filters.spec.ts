import { expect, test, type Page, type Request } from "@playwright/test";

import { expectedJobs, rowName } from "./support/ground-truth";
import { jobTable, readWholeTable } from "./support/job-table";

const QUEUE = "llm-pretraining";

/** The createdAfter the browser sent with the last search for `share`. */
function lastCreatedAfter(requests: Request[], share: string): number {
  const sent = requests
    .map((r) => new URL(r.url()).searchParams)
    .filter((p) => p.get("share") === share && p.has("createdAfter"));
  const value = Number(sent.at(-1)?.get("createdAfter"));
  if (!Number.isFinite(value)) throw new Error("no filtered search was sent");
  return value;
}

/**
 * A name prefix (two dash-separated words, capitalised to prove the search
 * ignores case) with the most finished nlp jobs of the last week, at most
 * 300 so the whole list can be scrolled. The world shifts with its start
 * time, so no fixed prefix is sure to match.
 */
function busiestPrefix(): string {
  const week = Date.now() - 7 * 86_400_000;
  const counts = new Map<string, number>();
  const finished = expectedJobs(QUEUE, {
    statuses: ["FAILED", "SUCCEEDED"],
    share: "nlp",
    createdAfter: week,
  });
  for (const job of finished) {
    const prefix = job.jobName.split("-").slice(0, 2).join("-");
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [best] = [...counts]
    .filter(([, n]) => n <= 300)
    .sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error("no finished nlp jobs in the last week");
  return best[0].charAt(0).toUpperCase() + best[0].slice(1);
}

async function chooseFilters(page: Page, prefix: string) {
  await page.getByRole("button", { name: /^FAILED,/ }).click();
  await page.getByRole("button", { name: /^SUCCEEDED,/ }).click();
  await page.getByLabel("Job name (prefix search)").fill(`${prefix}*`);
  await page.getByLabel("Created", { exact: true }).selectOption("7d");
  await page.getByLabel("Share", { exact: true }).fill("nlp");
  await expect(page).toHaveURL(/share=nlp/);
}

test("filtering a fair-share queue by status, name, age and share shows exactly the matching jobs", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const requests: Request[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/jobs") requests.push(r);
  });
  await page.goto(`/queues/${QUEUE}`);
  await expect(jobTable(page).getByRole("row").nth(1)).toBeVisible();

  const prefix = busiestPrefix();
  await chooseFilters(page, prefix);
  const params = new URL(page.url()).searchParams;
  expect(params.get("status")?.split(",").sort()).toEqual([
    "FAILED",
    "SUCCEEDED",
  ]);
  expect(params.get("name")).toBe(`${prefix}*`);
  expect(params.get("created")).toBe("7d");
  expect(params.get("share")).toBe("nlp");
  const expected = expectedJobs(QUEUE, {
    statuses: ["FAILED", "SUCCEEDED"],
    namePrefix: prefix,
    createdAfter: lastCreatedAfter(requests, "nlp"),
    share: "nlp",
  }).map(rowName);
  expect(expected.length).toBeGreaterThan(10);
  const shown = await readWholeTable(page);
  expect(shown.names).toEqual(expected);
  await expect(
    jobTable(page).getByRole("row", {
      name: `End of list · ${expected.length} jobs`,
    }),
  ).toBeVisible();

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByRole("button", { name: /^FAILED,/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(fresh.getByLabel("Job name (prefix search)")).toHaveValue(
    `${prefix}*`,
  );
  await expect(fresh.getByLabel("Created", { exact: true })).toHaveValue("7d");
  await expect(fresh.getByLabel("Share", { exact: true })).toHaveValue("nlp");
  expect((await readWholeTable(fresh)).names).toEqual(expected);
  await fresh.context().close();
});

test("changing a filter while scrolled down starts the new list at the top", async ({
  page,
}) => {
  const running = expectedJobs(QUEUE, { statuses: ["RUNNING"] }).map(rowName);
  const all = expectedJobs(QUEUE).map(rowName);
  await page.goto(`/queues/${QUEUE}`);
  const table = jobTable(page);
  const firstRow = table.getByRole("row").nth(1);
  await expect(firstRow).toHaveAccessibleName(all[0] ?? "");

  await table.hover();
  await page.mouse.wheel(0, 2_000);
  await expect(firstRow).not.toBeInViewport();
  await page.getByRole("button", { name: /^RUNNING,/ }).click();

  await expect(page).toHaveURL(/status=RUNNING/);
  await expect(firstRow).toHaveAccessibleName(running[0] ?? "");
  await expect(firstRow).toBeInViewport();
  expect(running.length).toBeGreaterThan(0);
});
