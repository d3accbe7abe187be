import { expect, test } from "@playwright/test";
import { z } from "zod";
import { accountsBase, signInAsAdmin, signInThroughPage } from "./accounts";
import { trpcMutation, trpcQuery } from "./trpc";

const DEMO = "Demo: travel assistant";
const projectList = z.array(z.object({ id: z.number(), name: z.string() }));
const runProgress = z.object({ status: z.string() });
const started = z.object({ runId: z.number() });

test.use({ baseURL: accountsBase });

test("two reviewers review the same records on one assignment and the agreement figures follow", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The signed-out are sent to sign in; the first visitor of a fresh studio creates its admin.
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?next=%2F/);
  await signInAsAdmin(page);
  await expect(page.locator('[data-id="account-role"]')).toHaveText("Admin");

  // The admin adds two reviewers on the People page.
  await page.goto("/people");
  for (const name of ["ana", "ben"]) {
    await page.locator('[data-id="person-name"]').fill(name);
    await page.locator('[data-id="person-email"]').fill(`${name}@example.org`);
    await page.locator('[data-id="person-password"]').fill(`${name}-password-1`);
    await page.locator('[data-id="person-role"]').selectOption("reviewer");
    await page.locator('[data-id="person-add"]').click();
    await expect(page.locator(`[data-id="person-${name}@example.org"]`)).toBeVisible();
  }

  // An offline run gives records to review.
  const demo = (await trpcQuery(page.request, "projects.list", undefined, projectList)).find((p) => p.name === DEMO);
  if (!demo) throw new Error("the demo project is missing");
  const { runId } = await trpcMutation(page.request, "runs.start", { projectId: demo.id, count: 4, judge: false }, started);
  await expect.poll(async () => (await trpcQuery(page.request, "runs.progress", { runId }, runProgress)).status, { timeout: 60_000 }).toBe("done");

  // One assignment: the first two pending records, each to both reviewers.
  await page.goto(`/projects/${demo.id}/reviewers`);
  await page.locator('[data-id="assign-ana@example.org"]').check();
  await page.locator('[data-id="assign-ben@example.org"]').check();
  await page.locator('[data-id="assign-per-record"]').fill("2");
  await page.locator('[data-id="assign-limit"]').fill("2");
  await expect(page.locator(`[data-id="assign-run"] option[value="${runId}"]`)).toHaveCount(1);
  await page.locator('[data-id="assign-run"]').selectOption(String(runId));
  await page.locator('[data-id="assign-submit"]').click();
  await expect(page.locator('[data-id="assign-result"]')).toHaveText("4 reviews assigned over 2 records.");
  // The project may hold other reviews already (other journeys): the figures are watched for what this one adds.
  const items = page.locator('[data-id="agreement-trajectory-items"]');
  await expect(items).toHaveText(/^\d+$/);
  const before = Number(await items.textContent());

  // Each reviewer signs in in a browser of their own and decides with the keyboard.
  const decide = async (name: string, keys: string[]) => {
    const context = await browser.newContext({ baseURL: accountsBase });
    const reviewer = await context.newPage();
    await signInThroughPage(reviewer, { email: `${name}@example.org`, password: `${name}-password-1` });
    await reviewer.goto(`/projects/${demo.id}/reviewers`);
    await expect(reviewer.locator('[data-id="mine-open"]')).toHaveText("2");
    await reviewer.locator('[data-id="review-mine"]').click();
    await expect(reviewer).toHaveURL(/mine=open/);
    await expect(reviewer.locator('[data-id="reviewer-signed-in"]')).toHaveText(`${name}@example.org`);
    const viewer = reviewer.locator('[data-id="trajectory-viewer"]');
    for (const [i, key] of keys.entries()) {
      await expect(viewer).toBeVisible();
      const row = await viewer.getAttribute("data-row-id");
      await reviewer.keyboard.press(key);
      await expect(reviewer.locator('[data-id="review-history"]')).toContainText(`${name}@example.org`);
      if (i < keys.length - 1) {
        await reviewer.keyboard.press("j");
        await expect(viewer).not.toHaveAttribute("data-row-id", row ?? "");
      }
    }
    await reviewer.goto(`/projects/${demo.id}/reviewers`);
    await expect(reviewer.locator('[data-id="mine-done"]')).toHaveText("2");
    await context.close();
  };

  await decide("ana", ["a", "a"]);
  // One reviewer alone gives no agreement yet; the admin's page shows her progress.
  await expect(page.locator('[data-id="reviewer-ana@example.org"] [data-id="reviewer-done"]')).toHaveText("2");
  await expect(items).toHaveText(String(before));
  await expect(page.locator('[data-id="pair-ana-ben"]')).toHaveCount(0);

  await decide("ben", ["a", "r"]);
  // The admin's open page follows: two records reviewed twice, agreeing on one.
  await expect(items).toHaveText(String(before + 2));
  const pair = page.locator('[data-id="pair-ana-ben"]');
  await expect(pair.locator('[data-id="pair-items"]')).toHaveText("2");
  await expect(pair.locator('[data-id="pair-observed"]')).toHaveText("50 %");
  // Ana accepted both, Ben accepted one: chance agreement 0.5, so kappa (0.5 − 0.5) / (1 − 0.5) = 0.
  await expect(pair.locator('[data-id="pair-kappa"]')).toHaveText("0.00");
  await expect(page.locator('[data-id="agreement-disputes"]')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("agreement.png"), fullPage: true });

  // Every decision is in the admin's audit log, under the account that made it.
  await page.goto("/people");
  const log = page.locator('[data-id="audit-log"]');
  await expect(log.locator('[data-id="audit-entry"]').filter({ hasText: "ben@example.org" }).filter({ hasText: "reviews.decide" })).toHaveCount(2);
  await expect(log.locator('[data-id="audit-entry"]').filter({ hasText: "ana@example.org" }).filter({ hasText: "reviews.decide" })).toHaveCount(2);
});
