import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { z } from "zod";
import { trpcMutation, trpcQuery } from "./trpc";

const DEMO = "Demo: travel assistant";
const REVIEWER = "e2e-exporter";

const queueItem = z.object({ id: z.number(), runId: z.number(), pathId: z.string(), polarity: z.enum(["positive", "negative"]), version: z.number() });
const queuePage = z.object({ total: z.number(), items: z.array(queueItem) });

async function demoProjectId(request: APIRequestContext): Promise<number> {
  const projects = await trpcQuery(request, "projects.list", undefined, z.array(z.object({ id: z.number(), name: z.string() })));
  const demo = projects.find((p) => p.name === DEMO);
  if (!demo) throw new Error("the demo project is missing");
  return demo.id;
}

/** An offline run of the demo project's first paths, started and finished through the runs router. */
async function finishedRun(request: APIRequestContext, projectId: number): Promise<number> {
  const { runId } = await trpcMutation(
    request,
    "runs.start",
    { projectId, count: 6, teacher: { kind: "offline" }, seed: 3, negatives: ["wrong_summarization", "missing_nested_call"], judge: false, name: `e2e-export-${Date.now()}` },
    z.object({ runId: z.number() }),
  );
  await expect
    .poll(async () => (await trpcQuery(request, "runs.progress", { runId }, z.object({ status: z.string() }).loose())).status, { timeout: 60_000 })
    .toBe("done");
  return runId;
}

/**
 * Reviews the run through the reviews router: every positive accepted but the first, then every other
 * negative accepted — one of them the rejected positive's, whose pair must not be exported.
 */
async function review(request: APIRequestContext, projectId: number, runId: number) {
  const queue = await trpcQuery(request, "reviews.queue", { projectId, runId, limit: 200 }, queuePage);
  expect(queue.total).toBe(queue.items.length);
  const positives = queue.items.filter((i) => i.polarity === "positive");
  const negatives = queue.items.filter((i) => i.polarity === "negative");
  const [rejected, ...acceptedPositives] = positives;
  if (!rejected) throw new Error("the run made no positive trajectory");
  const acceptedNegatives = negatives.filter((n, i) => i % 2 === 0 || n.pathId === rejected.pathId);
  const decide = (item: z.infer<typeof queueItem>, decision: "accepted" | "rejected") =>
    trpcMutation(request, "reviews.decide", { id: item.id, decision, reviewer: REVIEWER, expectedVersion: item.version }, z.unknown());
  await decide(rejected, "rejected");
  for (const item of [...acceptedPositives, ...acceptedNegatives]) await decide(item, "accepted");
  const acceptedPaths = new Set(acceptedPositives.map((p) => p.pathId));
  return {
    positives: acceptedPositives.length,
    // The run makes one negative per path and error type, each paired with its path's positive at the diverging turn.
    pairs: acceptedNegatives.filter((n) => acceptedPaths.has(n.pathId)).length,
  };
}

const jsonLines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);

async function fileLink(page: Page, name: string) {
  const link = page.locator(`[data-id="export-result"] [data-id="export-file"][data-file="${name}"]`);
  await expect(link).toBeVisible();
  return link;
}

test("exports TRL DPO and OpenAI SFT of the accepted trajectories from the page, then shows the statistics", async ({ page, request }, testInfo) => {
  test.setTimeout(150_000);
  const projectId = await demoProjectId(request);
  const runId = await finishedRun(request, projectId);
  const expected = await review(request, projectId, runId);
  expect(expected.pairs).toBeGreaterThan(0);

  await page.goto(`/projects/${projectId}/export`);
  for (const format of ["openai-sft", "openai-dpo", "trl-sft", "trl-dpo", "sharegpt", "sharegpt-dpo", "bfcl"])
    await page.locator(`[data-id="format-${format}"]`).setChecked(format === "openai-sft" || format === "trl-dpo");
  await expect(page.locator('[data-id="status-accepted"]')).toBeChecked();
  await expect(page.locator('[data-id="status-pending"]')).not.toBeChecked();
  await expect(page.locator('[data-id="mixture-keep-all"]')).toBeChecked();
  await expect(page.locator('[data-id="export-split"]')).toHaveValue("0.95");
  // Only this run: other journeys review trajectories of the same demo project.
  await page.locator('[data-id="run-filter-all"]').uncheck();
  await page.locator(`[data-id="run-filter-${runId}"]`).check();
  await page.locator('[data-id="export-dedupe"]').uncheck();

  const preview = page.locator('[data-id="export-preview"]');
  await expect(preview.locator('[data-id="preview-positives"]')).toHaveAttribute("data-count", String(expected.positives));
  await expect(preview.locator('[data-id="preview-pairs"]')).toHaveAttribute("data-count", String(expected.pairs));
  const achieved = page.locator('[data-id="export-achieved"] tbody tr');
  await expect(achieved).toHaveCount(5);
  const achievedCounts = await achieved.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-achieved"))));
  expect(achievedCounts.reduce((a, b) => a + b, 0)).toBe(expected.positives);
  await expect(page.locator('[data-id="export-card"]')).toContainText("configs:");
  await expect(page.locator('[data-id="export-card"]')).toContainText("config_name: trl-dpo");
  await page.screenshot({ path: testInfo.outputPath("export-settings.png"), fullPage: true });

  await page.locator('[data-id="export-run"]').click();
  const result = page.locator('[data-id="export-result"]');
  await expect(result).toBeVisible({ timeout: 30_000 });
  const exportId = await result.getAttribute("data-export-id");

  // One file through the browser's download, the others through their links' addresses.
  const downloadLink = await fileLink(page, "train-openai-sft.jsonl");
  const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
  expect(download.suggestedFilename()).toBe("train-openai-sft.jsonl");
  const rows: Record<string, unknown[]> = { "train-openai-sft.jsonl": jsonLines(readFileSync(await download.path(), "utf8")) };
  for (const name of ["validation-openai-sft.jsonl", "train-trl-dpo.jsonl", "validation-trl-dpo.jsonl"]) {
    const href = await (await fileLink(page, name)).getAttribute("href");
    const response = await request.get(href ?? "");
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${name}"`);
    rows[name] = jsonLines(await response.text());
  }
  const sft = [...(rows["train-openai-sft.jsonl"] ?? []), ...(rows["validation-openai-sft.jsonl"] ?? [])];
  const dpo = [...(rows["train-trl-dpo.jsonl"] ?? []), ...(rows["validation-trl-dpo.jsonl"] ?? [])];
  expect(sft).toHaveLength(expected.positives);
  expect(dpo).toHaveLength(expected.pairs);
  for (const row of sft) expect(row).toMatchObject({ messages: expect.any(Array), tools: expect.any(Array), parallel_tool_calls: true });
  for (const row of dpo) expect(row).toMatchObject({ prompt: expect.any(Array), chosen: expect.any(Array), rejected: expect.any(Array), tools: expect.any(Array) });

  for (const bad of ["..%2F..%2Fstudio.db", "train%2Fopenai-sft.jsonl", "secrets.txt"]) expect((await request.get(`/api/exports/${exportId}/${bad}`)).status()).toBe(404);
  await expect(page.locator(`[data-id="export-history"] [data-id="export-entry"][data-export-id="${exportId}"]`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("export-done.png"), fullPage: true });

  await page.goto(`/projects/${projectId}/statistics`);
  await expect(page.locator('[data-id="statistics-empty"]')).toHaveCount(0);
  await expect(page.locator('[data-id="chart-operations"]')).toBeVisible();
  for (const chart of ["coverage", "turns", "turn-kinds", "categories", "review-progress", "acceptance"]) {
    const container = page.locator(`[data-id="chart-${chart}"]`);
    await expect(container).toHaveAttribute("data-empty", "false");
    await expect(container.locator("svg.recharts-surface").first()).toBeVisible();
  }
  await expect(page.locator('[data-id="chart-acceptance"] .recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("statistics.png"), fullPage: true });
});
