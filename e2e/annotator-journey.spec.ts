import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { z } from "zod";
import { graphEdge } from "../server/pipeline/schemas/graph";
import { functionPath, insertOp, splitOp, type FunctionPath } from "../server/pipeline/schemas/path";
import { trpcMutation, trpcQuery } from "./trpc";

const bfclDocs = path.resolve("../shared/data/bfcl_v3/multi_turn_func_doc");

const graph = z.object({ edges: z.array(graphEdge) });

const stage = (page: Page, name: string) => page.getByRole("navigation", { name: "Project stages" }).getByRole("link", { name });
const shot = (page: Page, testInfo: TestInfo, name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

test("an annotator builds a project from two BFCL docs, edits its graph and shapes a path", async ({ page, request }, testInfo) => {
  test.skip(!existsSync(bfclDocs), "../shared/data is absent");
  test.setTimeout(180_000);

  // Create a project.
  await page.goto("/");
  await page.getByLabel("New project").fill("e2e-annotator");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/\d+\/catalog$/);
  const projectId = Number(/projects\/(\d+)/.exec(page.url())?.[1]);

  // Upload two BFCL function docs.
  await page.getByLabel("Choose files").setInputFiles([path.join(bfclDocs, "gorilla_file_system.json"), path.join(bfclDocs, "message_api.json")]);
  await page.getByTestId("import-button").click();
  const results = page.getByTestId("import-results");
  await expect(results.locator('[data-id="gorilla_file_system.json"][data-status="imported"]')).toContainText("bfcl-doc");
  await expect(results.locator('[data-id="message_api.json"][data-status="imported"]')).toContainText("bfcl-doc");
  await expect(page.getByTestId("functions").locator("tbody tr")).toHaveCount(28);
  await shot(page, testInfo, "1-catalog");

  // The graph shows their functions (built on first visit when there is none yet, or rebuilt here).
  await stage(page, "Graph").click();
  const explorer = page.getByTestId("graph-explorer");
  await expect(explorer).toHaveAttribute("data-ready", "true");
  await page.getByTestId("rebuild").getByRole("button", { name: "Rebuild graph" }).click();
  await expect(page.getByTestId("graph-status")).toContainText("28 functions");
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await shot(page, testInfo, "2-graph");

  // Focus one function.
  await page.getByTestId("focus-search").fill("send_message");
  await page.getByTestId("focus-suggestions").locator('[data-id="send_message"]').dispatchEvent("mousedown");
  await expect(page.locator('.react-flow__node[data-id="send_message"]')).toBeVisible();
  await shot(page, testInfo, "3-focus");

  // Remove one edge of the focused neighbourhood…
  const before = (await trpcQuery(request, "graph.get", { projectId }, graph)).edges;
  const removed = before.find((e) => e.source === "send_message" || e.target === "send_message");
  if (!removed) throw new Error("send_message has no edge to remove");
  const removedId = `${removed.source}->${removed.target}`;
  await page.locator(`.react-flow__edge[data-id="${removedId}"]`).click({ force: true });
  const panel = page.getByTestId("edge-panel");
  await expect(panel).toHaveAttribute("data-id", removedId);
  await panel.getByRole("button", { name: "Remove edge" }).click();
  await panel.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.locator(`.react-flow__edge[data-id="${removedId}"]`)).toHaveCount(0);

  // …and add another.
  const addForm = page.getByTestId("add-edge");
  await addForm.getByLabel("Source function").fill("send_message");
  await addForm.getByLabel("Target function").fill("touch");
  await addForm.getByLabel("Reason").fill("keep a copy of what was sent");
  await addForm.getByRole("button", { name: /add edge/i }).click();
  await expect(page.locator('.react-flow__edge[data-id="send_message->touch"]')).toHaveCount(1);
  await shot(page, testInfo, "4-graph-edited");
  const after = (await trpcQuery(request, "graph.get", { projectId }, graph)).edges;
  expect(after.find((e) => `${e.source}->${e.target}` === removedId)).toBeUndefined();
  expect(after.find((e) => e.source === "send_message" && e.target === "touch")).toMatchObject({ origin: "annotator" });

  // Sample paths.
  await stage(page, "Paths").click();
  await page.getByTestId("sample-form").getByRole("button", { name: "Sample paths" }).click();
  await expect(page.getByTestId("sample-result")).toBeVisible();
  const paths = await trpcQuery(request, "paths.list", { projectId }, z.array(functionPath));
  expect(paths.length).toBeGreaterThan(0);

  // Shape one path: merge, insert and split, then undo once and save. The API picks a path that allows all three.
  const choices = z.object({ merge: z.array(z.number()), insert: z.array(insertOp), split: z.array(splitOp) });
  let picked: { path: FunctionPath; merge: number; insertAfter: number } | undefined;
  for (const path of paths.filter((p) => p.turns.length >= 3).slice(0, 30)) {
    const first = await trpcQuery(request, "paths.choices", { projectId, path }, choices);
    const merge = first.merge[0];
    if (merge === undefined) continue;
    const merged = await trpcMutation(request, "paths.preview", { projectId, path, edit: { action: "apply", operation: { op: "merge", at: merge } } }, z.object({ path: functionPath }));
    const next = await trpcQuery(request, "paths.choices", { projectId, path: merged.path }, choices);
    const insert = next.insert[0];
    if (insert && next.split.length > 0) {
      picked = { path, merge, insertAfter: insert.after };
      break;
    }
  }
  if (!picked) throw new Error("no sampled path allows merge, insert and split");
  const candidate = picked.path;
  await page.getByTestId("path-filter").fill(candidate.id);
  await page.getByTestId("path-list").locator(`li[data-id="${candidate.id}"] button`).click();
  const builder = page.getByTestId("path-builder");
  await expect(builder).toHaveAttribute("data-path-id", candidate.id);
  const history = page.getByTestId("op-history");
  const stepsBefore = candidate.operations.length;

  await builder.getByTestId(`merge-${picked.merge}`).click();
  await expect(history).toContainText("merge");

  const insertMenu = builder.getByTestId(`insert-${picked.insertAfter}`);
  await expect(insertMenu).not.toHaveAttribute("data-count", "0");
  await insertMenu.locator("summary").click();
  await insertMenu.getByRole("menuitem").first().click();
  await expect(history).toContainText("insert");

  const splitMenu = builder.locator('[data-testid^="split-"][data-count]:not([data-count="0"])').first();
  await splitMenu.locator("summary").click();
  await splitMenu.getByRole("menuitem").first().click();
  await expect(history).toContainText("split");
  await shot(page, testInfo, "5-path-edited");

  await page.getByTestId("undo").click();
  await expect(history).not.toContainText("split");
  await page.getByTestId("save-path").click();
  await expect(page.getByTestId("save-status")).toContainText(/saved/i);
  await shot(page, testInfo, "6-path-saved");

  const saved = await trpcQuery(request, "paths.get", { projectId, pathId: candidate.id }, functionPath);
  expect(saved.operations.map((o) => o.op).slice(stepsBefore)).toEqual(["merge", "insert"]);
});
