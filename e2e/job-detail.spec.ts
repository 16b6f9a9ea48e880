import { expect, test } from "@playwright/test";

import { expectedJobs } from "./support/ground-truth";
import { jobTable } from "./support/job-table";

const QUEUE = "research-spot";

test("clicking a job opens its details at their own address, which survives a reload", async ({
  page,
}) => {
  const job = expectedJobs(QUEUE)[2];
  if (!job) throw new Error(`${QUEUE} has fewer than three jobs`);
  await page.goto(`/queues/${QUEUE}`);

  await jobTable(page).getByRole("row").nth(3).click();
  const dialog = page.getByRole("dialog", { name: job.jobName });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(job.jobId).first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get("job")).toBe(job.jobId);

  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(job.jobId).first()).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(new URL(page.url()).searchParams.has("job")).toBe(false);
});

test("the close button closes the details and the back button reopens them", async ({
  page,
}) => {
  const job = expectedJobs(QUEUE)[0];
  if (!job) throw new Error(`${QUEUE} has no jobs`);
  await page.goto(`/queues/${QUEUE}`);
  await jobTable(page).getByRole("row").nth(1).click();
  const dialog = page.getByRole("dialog", { name: job.jobName });
  await expect(dialog).toBeVisible();

  await page.getByRole("button", { name: "Close job details" }).click();
  await expect(dialog).toBeHidden();
  await page.goBack();
  await expect(dialog).toBeVisible();
});

test("a link to a job that does not exist says the job was not found", async ({
  page,
}) => {
  const id = "0b9d7a4e-6f1c-4c2e-9a51-3f0f5d3c2b1a";
  await page.goto(`/queues/${QUEUE}?job=${id}`);

  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Job not found")).toBeVisible();
  await expect(dialog).toContainText(id);
  await expect(jobTable(page).getByRole("row").nth(1)).toBeVisible();
});
