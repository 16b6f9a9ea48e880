import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { jobTable } from "./support/job-table";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

test("the queue overview has no serious accessibility problems", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { name: "Service-job queues" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: /llm-pretraining/ }).first(),
  ).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});

test("a queue page has no serious accessibility problems", async ({ page }) => {
  await page.goto("/queues/llm-pretraining");
  await expect(jobTable(page).getByRole("row").nth(1)).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});

test("a queue page with a job's details open has no serious accessibility problems", async ({
  page,
}) => {
  await page.goto("/queues/llm-pretraining");
  await jobTable(page).getByRole("row").nth(1).click();
  const dialog = page.getByRole("dialog");
  await expect(
    dialog.getByRole("button", { name: "Copy job ID" }),
  ).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});
