import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { z } from "zod";
import { e2eDatabase } from "../playwright.config";
import { startFakeOpenAI, text, type FakeOpenAI } from "../test/fake-openai/server";
import { trpcQuery } from "./trpc";

/** Distinctive enough that any leak, anywhere, is found by a plain substring search. */
const KEY = "sk-e2e-write-only-7f3a9c1d5e8b2046";

const shot = (page: Page, testInfo: TestInfo, name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

async function demoProjectId(request: Parameters<typeof trpcQuery>[0]): Promise<number> {
  const projects = await trpcQuery(request, "projects.list", undefined, z.array(z.object({ id: z.number(), name: z.string() })));
  const demo = projects.find((p) => p.name === "Demo: travel assistant");
  if (!demo) throw new Error("the demo project is missing");
  return demo.id;
}

let fake: FakeOpenAI | undefined;
test.afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test("a teacher profile's key is write-only: never in the page, a tRPC response or teachers.list; its connection test answers", async ({ page, request }, testInfo) => {
  fake = await startFakeOpenAI(() => text("OK"), { apiKey: KEY, models: ["fake-model"] });
  const projectId = await demoProjectId(request);

  // Every tRPC answer the browser receives, to search for the key afterwards.
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/trpc/")) bodies.push(response.text().catch(() => ""));
  });

  await page.goto(`/projects/${projectId}/runs`);
  const panel = page.locator('[data-id="teacher-panel"]');
  await expect(panel.locator('[data-teacher-id="offline"]')).toBeVisible();
  await panel.locator('[data-id="teacher-new"]').click();
  const form = panel.locator('[data-id="teacher-form"]');
  await form.locator('[data-id="teacher-name"]').fill("e2e fake endpoint");
  await form.locator('[data-id="teacher-base-url"]').fill(fake.url);
  await form.locator('[data-id="teacher-model"]').fill("fake-model");
  await form.locator('[data-id="teacher-key"]').fill(KEY);
  await form.locator('[data-id="teacher-input-price"]').fill("0.5");
  await shot(page, testInfo, "1-profile-form");
  await form.locator('[data-id="teacher-save"]').click();

  const item = panel.locator('[data-id="teacher-item"]', { hasText: "e2e fake endpoint" });
  await expect(item.locator('[data-id="teacher-item-key"]')).toHaveText("key set");
  await expect(panel.locator('[data-id="teacher-form"]')).toHaveCount(0);

  await item.locator('[data-id="teacher-test"]').click();
  const result = item.locator('[data-id="teacher-test-result"]');
  await expect(result).toHaveAttribute("data-ok", "true");
  await expect(result).toContainText("fake-model answered");
  expect(fake.requests.some((r) => r.path === "/v1/chat/completions" && r.authorized)).toBe(true);

  // Editing shows only whether a key is set; the key field starts empty.
  await item.locator('[data-id="teacher-edit"]').click();
  await expect(panel.locator('[data-id="teacher-key-state"]')).toHaveText("key set");
  await expect(panel.locator('[data-id="teacher-key"]')).toHaveValue("");
  await shot(page, testInfo, "2-profile-saved");
  await panel.locator('[data-id="teacher-form-cancel"]').click();

  // The teacher choice in the start form offers it, without the key either.
  await expect(page.locator('[data-id="run-teacher"] option', { hasText: "e2e fake endpoint" })).toHaveCount(1);

  await page.reload();
  await expect(page.locator('[data-id="teacher-item"]', { hasText: "e2e fake endpoint" })).toBeVisible();
  expect(await page.content()).not.toContain(KEY);
  const source = await (await request.get(`/projects/${projectId}/runs`)).text();
  expect(source).toContain("e2e fake endpoint");
  expect(source).not.toContain(KEY);

  const listed = await trpcQuery(request, "teachers.list", undefined, z.array(z.record(z.string(), z.unknown())));
  expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ name: "e2e fake endpoint", hasKey: true })]));
  expect(JSON.stringify(listed)).not.toContain(KEY);

  const received = await Promise.all(bodies);
  expect(received.length).toBeGreaterThan(0);
  for (const body of received) expect(body).not.toContain(KEY);

  // At rest the key is encrypted (MAGNET_SECRET_KEY, set in playwright.config.ts): not in the database file nor its write-ahead log.
  for (const file of [e2eDatabase, `${e2eDatabase}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(KEY), file).toBe(false);
});

test("an offline run started on the demo project shows its progress bar reaching the total", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const projectId = await demoProjectId(request);
  await page.goto(`/projects/${projectId}/runs`);
  const form = page.locator('[data-id="run-start-form"]');
  await expect(form.locator('[data-id="run-teacher"]')).toHaveValue("offline");

  // Every demo path but the three the offline teacher cannot translate yet (it puts a city into a date).
  await form.locator('[data-id="run-paths-some"]').check();
  await form.locator('[data-id="run-path-tick-shown"]').click();
  for (const id of ["b1-p5", "b1-p5-irrelevant", "b1-p6"]) await form.locator(`[data-id="run-path"][data-path-id="${id}"]`).uncheck();
  const total = await form.locator('[data-id="run-path"]:checked').count();
  expect(total).toBeGreaterThan(20);
  await form.locator('[data-id="run-seed"]').fill("3");
  await shot(page, testInfo, "3-start-form");
  await form.locator('[data-id="run-start"]').click();

  const started = form.locator('[data-id="run-start-result"]');
  await expect(started).toBeVisible();
  const runId = await started.getAttribute("data-run-id");
  const card = page.locator(`[data-testid="run-card"][data-run-id="${runId}"]`);
  const bar = card.locator('progress[data-id="run-progress"]');
  await expect(bar).toHaveAttribute("max", String(total));
  await shot(page, testInfo, "4-run-started");

  await expect(card).toHaveAttribute("data-status", "done", { timeout: 90_000 });
  await expect(bar).toHaveAttribute("value", String(total));
  await expect(card.locator('[data-id="run-finished"]')).toHaveText(`${total}/${total}`);
  await expect(card.locator('[data-id="run-failed"]')).toHaveText("0");
  await expect(card.locator('[data-id="run-review-link"]')).toHaveAttribute("href", `/projects/${projectId}/review?run=${runId}`);
  await shot(page, testInfo, "5-run-done");
});

test("one path previewed turn by turn, a query rewritten and a turn regenerated, nothing stored", async ({ page, request }, testInfo) => {
  const projectId = await demoProjectId(request);
  const runsBefore = await trpcQuery(request, "runs.list", { projectId }, z.array(z.unknown()));
  await page.goto(`/projects/${projectId}/runs`);
  const panel = page.locator('[data-id="preview-panel"]');
  await panel.locator('[data-id="preview-path"]').selectOption("b1-p0");
  await panel.locator('[data-id="preview-run"]').click();
  const turns = panel.locator('[data-id="preview-turn"]');
  await expect(turns.first()).toBeVisible();
  const first = turns.first();
  await expect(first.locator('[data-id="preview-query"]')).toContainText("'Lisbon'");
  await expect(first.locator('[data-id="preview-calls"]')).toContainText('city="Lisbon"');
  await expect(first.locator('[data-id="preview-verdict"]')).toHaveText("judged correct");
  await expect(panel.locator('[data-id="preview-negative"]').first()).toBeVisible();
  await shot(page, testInfo, "6-preview");

  // A rewritten query: the calls are derived from it.
  await first.locator('[data-id="preview-edit"]').click();
  const query = first.locator('[data-id="preview-edit-query"]');
  await query.fill((await query.inputValue()).replace("'Lisbon'", "'Porto'"));
  await first.locator('[data-id="preview-edit-apply"]').click();
  await expect(first.locator('[data-id="preview-calls"]')).toContainText('city="Porto"');
  await expect(first).toHaveAttribute("data-changed", "true");
  await expect(panel.locator('[data-id="preview-note"]')).toContainText("Turn 1's query is yours");
  await shot(page, testInfo, "7-preview-edited");

  // Regenerating a turn synthesizes the whole path again with another seed, and says so.
  await first.locator('[data-id="preview-regenerate"]').click();
  await expect(panel.locator('[data-id="preview-note"]')).toContainText("whole path was synthesized again with seed 2");
  await expect(panel.locator('[data-id="preview-seed"]')).toHaveValue("2");
  await shot(page, testInfo, "8-preview-regenerated");

  expect(await trpcQuery(request, "runs.list", { projectId }, z.array(z.unknown()))).toHaveLength(runsBefore.length);
});
