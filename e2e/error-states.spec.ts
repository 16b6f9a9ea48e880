import { expect, test, type Page } from "@playwright/test";

import { expectedJobs, rowName } from "./support/ground-truth";
import { firstRowNames } from "./support/job-table";

const QUEUE = "vision-finetune";

test("an unknown queue's page says the queue was not found", async ({
  page,
}) => {
  const response = await page.goto("/queues/no-such-queue");

  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "Queue not found" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "See all service-job queues" }),
  ).toBeVisible();
});

type Failure = { status: number; contentType: string; body: string };

const THROTTLED: Failure = {
  status: 503,
  contentType: "application/json",
  body: JSON.stringify({
    error: { code: "upstream_throttled", message: "AWS is throttling." },
  }),
};

const LOGIN_PAGE: Failure = {
  status: 200,
  contentType: "text/html",
  body: "<!doctype html><title>Sign in</title><form>Sign in</form>",
};

/** Loads the queue, then makes every later job search fail. */
async function loadThenFail(page: Page, failure: Failure) {
  let failing = false;
  await page.route(
    (url) => url.pathname === "/api/jobs",
    (route) => (failing ? route.fulfill(failure) : route.continue()),
  );
  await page.goto(`/queues/${QUEUE}?refresh=5`);
  const first = await firstRowNames(page, 5);
  failing = true;
  return first;
}

const cases: Array<[string, Failure, RegExp]> = [
  ["AWS throttles", THROTTLED, /AWS is throttling requests; retrying/],
  ["a sign-in page answers instead", LOGIN_PAGE, /Sign-in expired; reload/],
];
for (const [what, failure, message] of cases) {
  test(`when ${what}, a failed refresh keeps the rows and says how old they are`, async ({
    page,
  }) => {
    const truth = expectedJobs(QUEUE).slice(0, 5).map(rowName);

    expect(await loadThenFail(page, failure)).toEqual(truth);
    const banner = page.getByText("Refresh failed:").locator("..");
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(banner).toContainText(message);
    await expect(banner).toContainText(/Showing data loaded \d+ s ago/);
    const age = /loaded (\d+) s ago/.exec((await banner.textContent()) ?? "");
    // The first poll fails five seconds after the rows were loaded.
    expect(Number(age?.[1])).toBeGreaterThanOrEqual(4);
    expect(await firstRowNames(page, 5)).toEqual(truth);
    const reload = page.getByRole("button", { name: "Reload and sign in" });
    await expect(reload).toHaveCount(failure === LOGIN_PAGE ? 1 : 0);
  });
}
