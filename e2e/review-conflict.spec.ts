import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { trpcMutation, trpcQuery } from "./trpc";

const DEMO = "Demo: travel assistant";
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

const projectList = z.array(z.object({ id: z.number(), name: z.string() }));
const runProgress = z.object({ status: z.string(), total: z.number(), done: z.number(), failed: z.number() });
const queuePage = z.object({ total: z.number(), items: z.array(z.object({ id: z.number(), version: z.number(), status: z.string() })) });
const review = z.object({
  item: z.object({ id: z.number(), status: z.string(), version: z.number() }),
  history: z.array(z.object({ action: z.string(), reviewer: z.string(), version: z.number() })),
});

/** Opens the review page as a reviewer of that name, on one trajectory. */
async function openAs(page: Page, name: string, url: string) {
  await page.goto(url);
  // The viewer's data-id appears once the page is interactive, so the name typed next is not lost to hydration.
  const viewer = page.locator('[data-id="trajectory-viewer"]');
  await expect(viewer).toHaveAttribute("data-loaded", "true");
  const reviewer = page.locator('[data-id="reviewer-name"]');
  await reviewer.fill(name);
  await expect(reviewer).toHaveValue(name);
  return viewer;
}

test("two reviewers decide the same trajectory: the second is shown the first's decision, keeps theirs, and both stay in the history", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const demo = (await trpcQuery(request, "projects.list", undefined, projectList)).find((p) => p.name === DEMO);
  if (!demo) throw new Error("the demo project is missing");
  const { runId } = await trpcMutation(request, "runs.start", { projectId: demo.id, count: 3, concurrency: 2, name: "review-conflict" }, z.object({ runId: z.number() }));
  await expect
    .poll(async () => {
      const progress = await trpcQuery(request, "runs.progress", { runId }, runProgress.loose());
      return progress.done + progress.failed === progress.total && progress.status !== "running";
    }, { timeout: 60_000 })
    .toBe(true);
  const [target] = (await trpcQuery(request, "reviews.queue", { projectId: demo.id, runId, limit: 5 }, queuePage)).items;
  if (!target) throw new Error("the run made no trajectory");
  expect(target).toMatchObject({ status: "pending", version: 0 });

  const url = `/projects/${demo.id}/review?run=${runId}&item=${target.id}`;
  const ana = await browser.newContext();
  const ben = await browser.newContext();
  const pageA = await ana.newPage();
  const pageB = await ben.newPage();
  const viewerA = await openAs(pageA, "ana", url);
  const viewerB = await openAs(pageB, "ben", url);
  for (const viewer of [viewerA, viewerB]) {
    await expect(viewer).toHaveAttribute("data-row-id", String(target.id));
    await expect(viewer).toHaveAttribute("data-version", "0");
  }

  // Ana accepts; Ben still shows version 0 and rejects.
  await viewerA.locator('[data-id="decide-accepted"]').click();
  await expect(viewerA).toHaveAttribute("data-status", "accepted");
  await expect(viewerA).toHaveAttribute("data-version", "1");
  await expect(viewerB).toHaveAttribute("data-version", "0");
  await viewerB.locator('[data-id="decide-rejected"]').click();

  const conflict = pageB.locator('[data-id="review-conflict"]');
  await expect(conflict).toBeVisible();
  await expect(conflict).toHaveAttribute("data-other-reviewer", "ana");
  await expect(conflict).toHaveAttribute("data-other-action", "accepted");
  await expect(conflict).toContainText("ana");
  await expect(conflict).toContainText("accepted");
  await expect(viewerB).toHaveAttribute("data-version", "0");
  const untouched = await trpcQuery(request, "reviews.get", { id: target.id }, review);
  expect(untouched.item).toMatchObject({ status: "accepted", version: 1 });
  expect(untouched.history.map((h) => `${h.reviewer}:${h.action}`)).toEqual(["ana:accepted"]);
  await shot(pageB, "1-ben-shown-the-conflict");

  // Ben keeps his decision: it is saved on top of Ana's, which stays in the history.
  await conflict.locator('[data-id="conflict-keep-mine"]').click();
  await expect(conflict).toBeHidden();
  await expect(viewerB).toHaveAttribute("data-status", "rejected");
  await expect(viewerB).toHaveAttribute("data-version", "2");
  const historyB = viewerB.locator('[data-id="review-history"] [data-id="history-entry"]');
  await expect(historyB).toHaveCount(2);
  await expect(historyB.nth(0)).toHaveAttribute("data-reviewer", "ben");
  await expect(historyB.nth(0)).toHaveAttribute("data-action", "rejected");
  await expect(historyB.nth(1)).toHaveAttribute("data-reviewer", "ana");
  await expect(historyB.nth(1)).toHaveAttribute("data-action", "accepted");
  await shot(pageB, "2-ben-kept-his-decision");

  await pageA.reload();
  await expect(viewerA).toHaveAttribute("data-loaded", "true");
  await expect(viewerA).toHaveAttribute("data-status", "rejected");
  const historyA = viewerA.locator('[data-id="history-entry"]');
  await expect(historyA).toHaveCount(2);
  await expect(historyA.nth(0)).toContainText("ben");
  await expect(historyA.nth(1)).toContainText("ana");
  await shot(pageA, "3-ana-sees-both-decisions");

  const stored = await trpcQuery(request, "reviews.get", { id: target.id }, review);
  expect(stored.item).toMatchObject({ status: "rejected", version: 2 });
  expect(stored.history.map((h) => [h.reviewer, h.action, h.version])).toEqual([
    ["ben", "rejected", 2],
    ["ana", "accepted", 1],
  ]);
  await ana.close();
  await ben.close();
});
