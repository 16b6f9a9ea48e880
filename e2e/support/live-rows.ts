import { expect, type Page } from "@playwright/test";

import { jobTable } from "./job-table";

/** A job row as a live test tells it apart: name, creation time, status. */
export interface LiveRow {
  /** Name and exact creation time: unique in practice, where names repeat. */
  key: string;
  status: string;
}

/**
 * The job rows in the DOM, in list order. The creation time comes from the
 * Created cell's `<time dateTime>`, the exact value its tooltip shows.
 */
export async function liveRows(page: Page): Promise<LiveRow[]> {
  const table = jobTable(page);
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  return table.evaluate((element) => {
    const headers = [...element.querySelectorAll('[role="columnheader"]')];
    const created = headers.findIndex((h) => h.textContent === "Created");
    const rows = [...element.querySelectorAll('[role="row"][aria-label]')];
    return rows
      .map((row) => {
        const label = row.getAttribute("aria-label") ?? "";
        const cell = row.querySelectorAll('[role="cell"]')[created];
        const at = cell?.querySelector("time")?.getAttribute("dateTime");
        const index = Number(row.getAttribute("aria-rowindex"));
        const [name, status] = label.split(", ");
        return { index, key: `${name} @ ${at}`, status: status ?? "" };
      })
      .sort((a, b) => a.index - b.index)
      .map(({ key, status }) => ({ key, status }));
  });
}

/** Keys that appear more than once. */
export function duplicates(rows: LiveRow[]): string[] {
  const seen = new Set<string>();
  return rows.map((r) => r.key).filter((k) => seen.has(k) || !seen.add(k));
}

/** Waits for the next answered job search (a live refresh). */
export async function nextRefresh(page: Page) {
  await page.waitForResponse(
    (r) => new URL(r.url()).pathname === "/api/jobs" && r.ok(),
    { timeout: 15_000 },
  );
  // Let React fold the answer into the table.
  await page.waitForTimeout(300);
}
