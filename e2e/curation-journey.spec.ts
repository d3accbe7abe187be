import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { trpcQuery } from "./trpc";

const DEMO = "Demo: travel assistant";
const shots = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

const projectList = z.array(z.object({ id: z.number(), name: z.string() }));
const queuePage = z.object({ total: z.number(), items: z.array(z.object({ id: z.number(), polarity: z.enum(["positive", "negative"]), status: z.string() })) });
const toolCall = z.object({ function: z.object({ name: z.string(), arguments: z.string() }) });
const message = z.object({ role: z.string(), tool_calls: z.array(toolCall).optional() });
const propertySchema = z.object({ type: z.unknown().optional(), enum: z.unknown().optional(), format: z.unknown().optional(), pattern: z.unknown().optional() });
const tool = z.object({ function: z.object({ name: z.string(), parameters: z.object({ properties: z.record(z.string(), propertySchema).optional() }) }) });
const trajectoryData = z.object({
  id: z.string(),
  polarity: z.enum(["positive", "negative"]),
  pair: z.object({ positive_id: z.string() }).optional(),
  tools: z.array(tool),
  messages: z.array(message),
  turns: z.array(z.object({ message_range: z.tuple([z.number(), z.number()]) })),
});
const review = z.object({
  item: z.object({ id: z.number(), status: z.string(), version: z.number(), data: trajectoryData }),
  history: z.array(z.object({ action: z.string(), reviewer: z.string() })),
});
const chatRow = z.object({ messages: z.array(z.object({ role: z.string() })) });
const dpoRow = z.object({ prompt: z.array(z.unknown()), chosen: z.array(z.unknown()), rejected: z.array(z.unknown()) });

/** The first assistant call of a trajectory with a free-text string argument, which an edit can break by giving it a number. */
function editableCall(data: z.infer<typeof trajectoryData>) {
  const calls = data.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []) : []));
  for (const call of calls.slice(0, 1)) {
    const schema = data.tools.find((t) => t.function.name === call.function.name)?.function.parameters.properties ?? {};
    const key = Object.keys(schema).find((name) => {
      const property = schema[name];
      return property?.type === "string" && property.enum === undefined && property.format === undefined && property.pattern === undefined;
    });
    if (key !== undefined) return { key, arguments: z.record(z.string(), z.unknown()).parse(JSON.parse(call.function.arguments)) };
  }
  return undefined;
}

test("an offline run on the demo project is reviewed with the keyboard alone, corrected, and exported", async ({ page, request }) => {
  test.setTimeout(180_000);
  const demo = (await trpcQuery(request, "projects.list", undefined, projectList)).find((p) => p.name === DEMO);
  if (!demo) throw new Error("the demo project is missing");

  // 1. Start an offline run and watch its progress bar reach the total.
  await page.goto(`/projects/${demo.id}/runs`);
  const before = new Set(await page.locator('[data-testid="run-card"]').evaluateAll((els) => els.map((el) => el.getAttribute("data-run-id"))));
  await page.locator('[data-id="run-start-form"] [data-id="run-start"]').click();
  const earlier = [...before].map((id) => `[data-run-id="${id}"]`).join(",");
  const card = page.locator(earlier ? `[data-testid="run-card"]:not(${earlier})` : '[data-testid="run-card"]');
  await expect(card).toHaveCount(1);
  const runId = Number(await card.getAttribute("data-run-id"));
  const progress = card.locator('[data-id="run-progress"]');
  const seen: number[] = [];
  await expect
    .poll(async () => {
      seen.push(Number(await progress.getAttribute("value")));
      return card.getAttribute("data-status");
    }, { timeout: 120_000 })
    .toBe("done");
  const max = Number(await progress.getAttribute("max"));
  expect(max).toBeGreaterThan(0);
  expect(Number(await progress.getAttribute("value"))).toBe(max);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  await shots(page, "1-run-done");

  // 2. Review ten trajectories with the keyboard alone: accept each, then move on.
  await page.goto(`/projects/${demo.id}/review?run=${runId}`);
  const viewer = page.locator('[data-id="trajectory-viewer"]');
  await expect(viewer).toBeVisible();
  const accepted: number[] = [];
  for (let i = 0; i < 10; i++) {
    const rowId = await viewer.getAttribute("data-row-id");
    await page.keyboard.press("a");
    await expect(viewer).toHaveAttribute("data-status", "accepted");
    accepted.push(Number(rowId));
    await page.keyboard.press("j");
    await expect(viewer).not.toHaveAttribute("data-row-id", rowId ?? "");
  }
  await shots(page, "2-reviewed-ten");
  const acceptedPage = queuePage.parse(
    await trpcQuery(request, "reviews.queue", { projectId: demo.id, runId, filters: { status: "accepted" }, limit: 200 }, queuePage),
  );
  expect(acceptedPage.items.map((i) => i.id).sort((a, b) => a - b)).toEqual([...accepted].sort((a, b) => a - b));

  // 3. Edit one argument: an invalid value is refused with the reason, a valid one is stored.
  let current = await trpcQuery(request, "reviews.get", { id: Number(await viewer.getAttribute("data-row-id")) }, review);
  for (let guard = 0; editableCall(current.item.data) === undefined && guard < 50; guard++) {
    const rowId = String(current.item.id);
    await page.keyboard.press("j");
    await expect(viewer).not.toHaveAttribute("data-row-id", rowId);
    current = await trpcQuery(request, "reviews.get", { id: Number(await viewer.getAttribute("data-row-id")) }, review);
  }
  const editable = editableCall(current.item.data);
  if (!editable) throw new Error("no trajectory of the run has a free-text string argument to edit");
  await page.keyboard.press("e");
  const editor = page.locator('[data-id="turn-editor"]');
  await expect(editor).toBeVisible();
  const argumentsBox = editor.locator('[data-id="edit-arguments-0"]');
  await argumentsBox.fill(JSON.stringify({ ...editable.arguments, [editable.key]: 12345 }));
  await editor.locator('[data-id="edit-save"]').click();
  await expect(editor.locator('[data-id="edit-error"]')).toContainText(editable.key);
  await shots(page, "3-edit-refused");
  await argumentsBox.fill(JSON.stringify({ ...editable.arguments, [editable.key]: "Edited in the journey" }));
  await editor.locator('[data-id="edit-save"]').click();
  await expect(editor).toBeHidden();
  const edited = await trpcQuery(request, "reviews.get", { id: current.item.id }, review);
  expect(edited.item.version).toBeGreaterThan(current.item.version);
  expect(edited.history.map((h) => h.action)).toContain("edited");
  expect(JSON.stringify(edited.item.data.messages)).toContain("Edited in the journey");

  // 4. Export TRL DPO and OpenAI SFT of this run's accepted trajectories; the files hold exactly them.
  const acceptedData = await Promise.all(accepted.map(async (id) => (await trpcQuery(request, "reviews.get", { id }, review)).item.data));
  const acceptedIds = new Set(acceptedData.map((t) => t.id));
  const positives = acceptedData.filter((t) => t.polarity === "positive").length;
  const pairs = acceptedData.filter((t) => t.polarity === "negative" && t.pair && acceptedIds.has(t.pair.positive_id)).length;

  await page.goto(`/projects/${demo.id}/export`);
  for (const box of await page.locator('[data-id^="format-"]').all()) await box.setChecked(false);
  await page.locator('[data-id="format-trl-dpo"]').setChecked(true);
  await page.locator('[data-id="format-openai-sft"]').setChecked(true);
  await page.locator('[data-id="run-filter-all"]').uncheck();
  await page.locator(`[data-id="run-filter-${runId}"]`).check();
  await page.locator('[data-id="mixture-keep-all"]').check();
  await page.locator('[data-id="export-dedupe"]').setChecked(false);
  await expect(page.locator('[data-id="export-card"]')).toBeVisible();
  await page.locator('[data-id="export-run"]').click();
  const files = page.locator('[data-id="export-result"] [data-id="export-file"]');
  await expect(files.first()).toBeVisible();
  await shots(page, "4-exported");
  const rows: Record<string, number> = { "openai-sft": 0, "trl-dpo": 0 };
  for (const link of await files.all()) {
    const name = (await link.getAttribute("data-file")) ?? "";
    if (!name.endsWith(".jsonl")) continue;
    const response = await request.get((await link.getAttribute("href")) ?? "");
    expect(response.ok()).toBe(true);
    const lines = (await response.text()).split("\n").filter((line) => line !== "");
    const format = name.endsWith("-openai-sft.jsonl") ? "openai-sft" : name.endsWith("-trl-dpo.jsonl") ? "trl-dpo" : undefined;
    if (!format) continue;
    for (const line of lines) (format === "openai-sft" ? chatRow : dpoRow).parse(JSON.parse(line));
    rows[format] = (rows[format] ?? 0) + lines.length;
  }
  expect(rows).toEqual({ "openai-sft": positives, "trl-dpo": pairs });
});
