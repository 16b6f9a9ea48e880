import { expect, test } from "@playwright/test";

import { expectedJobs, rowName } from "./support/ground-truth";
import { jobTable, readWholeTable } from "./support/job-table";

const QUEUE = "llm-pretraining";

// Rows on screen plus the virtualizer's overscan, the header and the footer
// fit well under this; a table that kept every loaded row would not.
const MAX_ROW_ELEMENTS = 60;

test("scrolling a 5,000-job queue to the end shows every job once, newest first", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const expected = expectedJobs(QUEUE).map(rowName);
  expect(expected).toHaveLength(5_000);

  await page.goto(`/queues/${QUEUE}`);
  const read = await readWholeTable(page);

  test.info().annotations.push({
    type: "max DOM rows",
    description: `${read.maxRowElements} row elements at most (header and footer included) over ${read.steps} scroll steps of one screen, ${QUEUE}: ${expected.length} jobs`,
  });
  process.stdout.write(
    `[queue-scroll] ${QUEUE}: ${expected.length} jobs, max ${read.maxRowElements} row elements in the DOM, ${read.steps} steps\n`,
  );
  expect(read.conflicts).toEqual([]);
  expect(read.names).toEqual(expected);
  expect(read.maxRowElements).toBeLessThanOrEqual(MAX_ROW_ELEMENTS);
  await expect(
    jobTable(page).getByRole("row", { name: "End of list · 5,000 jobs" }),
  ).toBeVisible();
});
