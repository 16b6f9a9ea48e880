import { expect, test, type Page } from "@playwright/test";

import { jobTable } from "./support/job-table";
import {
  duplicates,
  liveRows,
  nextRefresh,
  type LiveRow,
} from "./support/live-rows";

const QUEUE = "research-spot";
const PAGE = `/queues/${QUEUE}?refresh=5`;

async function updatedSeconds(page: Page): Promise<number> {
  const text = await page.getByText(/^Updated \d+ s ago/).textContent();
  return Number(/(\d+) s ago/.exec(text ?? "")?.[1]);
}

test("the page says how long ago it was updated, and that time moves", async ({
  page,
}) => {
  await page.goto(PAGE);
  await nextRefresh(page);
  const first = await updatedSeconds(page);

  expect(first).toBeLessThanOrEqual(2);
  await expect.poll(() => updatedSeconds(page)).toBeGreaterThan(first);
  await nextRefresh(page);
  await expect.poll(() => updatedSeconds(page)).toBeLessThanOrEqual(1);
});

/** What changed between two looks at the top of the list. */
function compare(before: LiveRow[], after: LiveRow[]) {
  const old = new Map(before.map((r) => [r.key, r.status]));
  const firstOld = after.findIndex((r) => old.has(r.key));
  const kept = after.filter((r) => old.has(r.key)).map((r) => r.key);
  const keptOrder = before.map((r) => r.key).filter((k) => kept.includes(k));
  return {
    added: after.filter((r) => !old.has(r.key)).length,
    // A burst can push every old row off screen: then none is below one.
    addedBelowOld:
      firstOld < 0
        ? 0
        : after.filter((r, i) => !old.has(r.key) && i > firstOld).length,
    statusChanges: after.filter(
      (r) => old.has(r.key) && old.get(r.key) !== r.status,
    ).length,
    orderKept: JSON.stringify(kept) === JSON.stringify(keptOrder),
  };
}

/** Watches refreshes of a page until `enough` holds (at least 3, at most 14). */
async function watchRefreshes(
  page: Page,
  path: string,
  enough: (seen: { added: number; statusChanges: number }) => boolean,
) {
  await page.goto(path);
  let before = await liveRows(page);
  const seen = { added: 0, statusChanges: 0 };
  for (let looks = 0; looks < 3 || (looks < 14 && !enough(seen)); looks++) {
    await nextRefresh(page);
    const after = await liveRows(page);
    const change = compare(before, after);
    expect(duplicates(after)).toEqual([]);
    expect(change.addedBelowOld).toBe(0);
    expect(change.orderKept).toBe(true);
    seen.added += change.added;
    seen.statusChanges += change.statusChanges;
    before = after;
  }
  return seen;
}

test("live refreshes put new jobs on top, keep the order and never show a job twice", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const arrivals = await watchRefreshes(page, PAGE, (s) => s.added > 0);

  expect(arrivals.added).toBeGreaterThan(0);
});

test("a job that finishes under a status filter changes in place at the top of the list", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const running = await watchRefreshes(
    page,
    `${PAGE}&status=RUNNING`,
    (s) => s.statusChanges > 0,
  );

  expect(running.statusChanges).toBeGreaterThan(0);
});

test("while scrolled down, new jobs wait behind a button that brings them to the top", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(PAGE);
  const table = jobTable(page);
  const top = await liveRows(page);
  const firstKey = top[0]?.key;

  await table.hover();
  await page.mouse.wheel(0, 2_400);
  await expect(table.getByRole("row").nth(1)).not.toBeInViewport();
  const button = page.getByRole("button", { name: /^\d+ new jobs?/ });
  await expect(button).toBeVisible({ timeout: 60_000 });
  const waiting = Number(
    /^(\d+)/.exec((await button.textContent()) ?? "")?.[1],
  );
  await button.click();

  await expect(table.getByRole("row").nth(1)).toBeInViewport();
  await expect(button).toBeHidden();
  const after = await liveRows(page);
  expect(duplicates(after)).toEqual([]);
  // The old first row sits below the new jobs, or below the rows in the DOM.
  const oldFirst = after.findIndex((r) => r.key === firstKey);
  const newOnTop = oldFirst < 0 ? after.length : oldFirst;
  expect(newOnTop).toBeGreaterThanOrEqual(Math.min(waiting, after.length));
  expect(waiting).toBeGreaterThan(0);
});
