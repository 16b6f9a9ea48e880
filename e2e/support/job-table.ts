import { expect, type Locator, type Page } from "@playwright/test";

/** The queue page's job table, found by its role and name. */
export function jobTable(page: Page): Locator {
  return page.getByRole("table", { name: "Jobs" });
}

/** One look at the table: its row elements and what they show. */
interface Glance {
  /** Row elements in the DOM: header, job rows and footer. */
  elements: number;
  /** Job rows as [aria-rowindex, accessible name]. */
  jobs: Array<[number, string]>;
  /** The footer row says the list has ended. */
  atEnd: boolean;
}

/**
 * Reads the table's rows by role and then scrolls it down by one screen
 * when asked, all in one round trip: a 5,000-row walk takes hundreds of
 * steps, and three calls per step tripled its time.
 */
function glance(table: Locator, scroll: boolean): Promise<Glance> {
  return table.evaluate(async (element, scroll) => {
    const rows = [...element.querySelectorAll('[role="row"]')];
    const jobs: Array<[number, string]> = [];
    for (const row of rows) {
      const name = row.getAttribute("aria-label");
      if (name) jobs.push([Number(row.getAttribute("aria-rowindex")), name]);
    }
    const atEnd = rows.some((row) =>
      row.textContent?.startsWith("End of list"),
    );
    if (scroll && !atEnd) {
      // The table's first child is its scroll container.
      const scroller = element.firstElementChild as HTMLElement;
      scroller.scrollBy(0, scroller.clientHeight);
      await new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      );
    }
    return { elements: rows.length, jobs, atEnd };
  }, scroll);
}

/** What scrolling a table to its end saw. */
export interface ScrollRead {
  /** Row names in list order; `undefined` where no row was ever shown. */
  names: Array<string | undefined>;
  /** Positions that showed two different jobs at different times. */
  conflicts: string[];
  /** Most row elements (header, jobs, footer) in the DOM at one time. */
  maxRowElements: number;
  steps: number;
}

/**
 * Scrolls the job table one screen at a time until the end-of-list row
 * shows, recording every row it renders on the way.
 */
export async function readWholeTable(
  page: Page,
  maxSteps = 2_000,
): Promise<ScrollRead> {
  const table = jobTable(page);
  const seen = new Map<number, string>();
  const conflicts: string[] = [];
  let maxRowElements = 0;
  let steps = 0;

  await expect(table.getByRole("row").nth(1)).toBeVisible();
  for (let atEnd = false; !atEnd; steps++) {
    if (steps > maxSteps) throw new Error("the table never reached its end");
    const look = await glance(table, true);
    maxRowElements = Math.max(maxRowElements, look.elements);
    for (const [index, name] of look.jobs) {
      const before = seen.get(index);
      if (before && before !== name)
        conflicts.push(`${index}: ${before} / ${name}`);
      seen.set(index, name);
    }
    atEnd = look.atEnd;
  }

  // aria-rowindex counts the header as row 1.
  const count = Math.max(1, ...seen.keys()) - 1;
  const names = Array.from({ length: count }, (_, i) => seen.get(i + 2));
  return { names, conflicts, maxRowElements, steps };
}

/** The names of the first `n` job rows, in order. */
export async function firstRowNames(page: Page, n: number) {
  const table = jobTable(page);
  await expect(table.getByRole("row").nth(n)).toBeVisible();
  const { jobs } = await glance(table, false);
  return jobs
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, name]) => name);
}
