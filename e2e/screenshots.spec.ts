import { mkdirSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { jobTable } from "./support/job-table";

const DIR = "artifacts/screenshots";
const SIZES = [
  { width: 1280, height: 800 },
  { width: 3840, height: 2160 },
];

async function rowsShown(page: Page) {
  await expect(jobTable(page).getByRole("row").nth(1)).toBeVisible();
}

const VIEWS: Array<[string, (page: Page) => Promise<void>]> = [
  [
    "overview",
    async (page) => {
      await page.goto("/");
      await expect(
        page.getByRole("link", { name: /llm-pretraining/ }).first(),
      ).toBeVisible();
    },
  ],
  [
    "queue",
    async (page) => {
      await page.goto("/queues/llm-pretraining");
      await rowsShown(page);
    },
  ],
  [
    "filtered",
    async (page) => {
      await page.goto(
        "/queues/llm-pretraining?status=FAILED,SUCCEEDED&name=mistral-7b*&created=7d&share=nlp",
      );
      await rowsShown(page);
    },
  ],
  [
    "detail-panel",
    async (page) => {
      await page.goto("/queues/llm-pretraining");
      await jobTable(page).getByRole("row").nth(1).click();
      await expect(
        page.getByRole("button", { name: "Copy job ID" }),
      ).toBeVisible();
    },
  ],
  [
    "refresh-failed",
    async (page) => {
      let failing = false;
      await page.route(
        (url) => url.pathname === "/api/jobs",
        (route) =>
          failing
            ? route.fulfill({
                status: 503,
                contentType: "application/json",
                body: JSON.stringify({
                  error: { code: "upstream_throttled", message: "slow down" },
                }),
              })
            : route.continue(),
      );
      await page.goto("/queues/vision-finetune?refresh=5");
      await rowsShown(page);
      failing = true;
      await expect(page.getByText("Refresh failed:")).toBeVisible({
        timeout: 15_000,
      });
    },
  ],
  [
    "unknown-queue",
    async (page) => {
      await page.goto("/queues/no-such-queue");
      await expect(
        page.getByRole("heading", { name: "Queue not found" }),
      ).toBeVisible();
    },
  ],
];

test.describe("screenshots of every view", () => {
  test.skip(!process.env.SCREENSHOTS, "screenshots are taken on demand");

  for (const size of SIZES) {
    for (const [name, show] of VIEWS) {
      test(`${name} at ${size.width}×${size.height}`, async ({ page }) => {
        mkdirSync(DIR, { recursive: true });
        await page.setViewportSize(size);
        await show(page);
        // Let relative times and charts settle after the data arrives.
        await page.waitForTimeout(500);

        const path = `${DIR}/${name}-${size.width}x${size.height}.png`;
        const png = await page.screenshot({ path });
        // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
          size.width,
          size.height,
        ]);
      });
    }
  }
});
