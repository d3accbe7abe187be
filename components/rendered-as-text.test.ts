import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { liveMarkup } from "@/test/live-markup";
import { renderWithTrpc } from "@/test/render-with-trpc";
import { exportCard } from "@/server/exports/export-card";
import { buckets } from "@/server/pipeline/export/sample-kind";
import type { ExportPlan } from "@/server/pipeline/export";
import { FunctionDetail } from "./catalog/FunctionDetail";
import { ImportResults } from "./catalog/ImportResults";
import { DatasetCard } from "./export/DatasetCard";
import { ExportFiles } from "./export/ExportFiles";
import { MessageBubble } from "./review/MessageBubble";
import { TeacherPanel } from "./teachers/TeacherPanel";

/** What a hostile catalog, teacher profile or tool answer could carry. */
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
const JS_URL = "javascript:alert(1)";
const MD_LINK = "[click](javascript:alert(1))";
const ALL = `${IMG} ${SCRIPT} ${JS_URL} ${MD_LINK}`;

/** No element, handler or URL of the attack strings comes out live; they show as text (escaped). */
function expectInert(html: string): void {
  expect(liveMarkup(html)).toEqual([]);
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
}

describe("the live-markup check", () => {
  it("finds what it must, so a pass means something", () => {
    expect(liveMarkup(`<p>${IMG}<a href=" javascript:alert(1)">x</a><a href="java&#x73;cript:1">y</a><div onclick="x"></div><script></script></p>`)).toEqual([
      "<img>",
      "img onerror",
      'a href=" javascript:alert(1)"',
      'a href="java&#x73;cript:1"',
      "div onclick",
      "<script>",
    ]);
    expect(liveMarkup(`<p data-id="&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;</p><a href="/api/exports/1/javascript%3A">z</a>`)).toEqual([]);
  });
});

describe("catalog, teacher and tool text is rendered as text", () => {
  it("a function's name, description, parameters, source file and original record", () => {
    const spec = {
      id: `evil.${IMG}`,
      name: IMG,
      description: ALL,
      parameters: { type: "object" as const, properties: { [SCRIPT]: { type: "string", description: ALL } }, required: [] },
      toolkit: SCRIPT,
      category: JS_URL,
      source: { format: "openai" as const, file: `${IMG}.json`, record: 0 },
    };
    const html = renderWithTrpc(createElement(FunctionDetail, { projectId: 1, functionId: spec.id, onClose: () => {} }), (trpc, queryClient) =>
      queryClient.setQueryData(trpc.catalog.function.queryKey({ projectId: 1, functionId: spec.id }), { spec, original: { description: ALL } }),
    );
    expect(html).toContain('data-testid="detail-description"');
    expectInert(html);
  });

  it("an uploaded file's name and its error", () => {
    const html = renderToStaticMarkup(
      createElement(ImportResults, { results: [{ file: `${IMG}.json`, ok: false, error: { message: `${IMG}.json, record 0: ${ALL}`, location: { file: `${IMG}.json`, record: 0 } } }] }),
    );
    expectInert(html);
  });

  it("a teacher profile whose base URL is a javascript: URL is shown as text, not as a link", () => {
    const profile = { kind: "profile" as const, id: 1, name: IMG, baseUrl: JS_URL, model: SCRIPT, hasKey: true, inputPrice: null, outputPrice: null, concurrency: 1, timeoutMs: null };
    const html = renderWithTrpc(createElement(TeacherPanel), (trpc, queryClient) =>
      queryClient.setQueryData(trpc.teachers.list.queryKey(), [{ kind: "offline", name: "Offline (built-in)", model: "magnet-offline-1" }, profile]),
    );
    expect(html).toContain('data-id="teacher-item"');
    expect(html).toContain(JS_URL);
    expect(html).not.toMatch(/<a\b/);
    expectInert(html);
  });

  it("export file links point at the download route whatever the file is called", () => {
    const html = renderToStaticMarkup(createElement(ExportFiles, { exportId: 3, linkId: "x", files: [{ name: JS_URL, path: IMG, rows: 1, bytes: 10 }] }));
    expect(html).toMatch(/href="\/api\/exports\/3\/javascript%3Aalert\(1\)"/);
    expectInert(html);
  });

  it("a tool call's name, arguments and result, and the assistant's text", () => {
    const html = renderToStaticMarkup(
      createElement(MessageBubble, { bubble: { role: "assistant", index: 1, content: ALL, calls: [{ id: "c1", name: SCRIPT, arguments: `{"q":"${IMG}"}`, problems: [ALL], result: ALL }] } }),
    );
    expectInert(html);
  });

  it("the dataset card, markdown with a hostile teacher model in it, is shown as plain text", () => {
    const numbers = Object.fromEntries(buckets.map((b) => [b, { share: 0.2, count: 1 }])) as ExportPlan["mixture"]["requested"];
    const plan: ExportPlan = {
      splitOf: new Uint8Array(),
      positives: 1,
      negatives: 0,
      splits: { train: 1, validation: 0 },
      mixture: { available: Object.fromEntries(buckets.map((b) => [b, 1])) as ExportPlan["mixture"]["available"], requested: numbers, achieved: numbers, short: [] },
      dedupeRemoved: 0,
    };
    const teacher = `openai/${ALL}`;
    const card = exportCard({
      formats: ["openai-sft"],
      plan,
      statCounts: [[{ polarity: "positive", teacher, operations: [], checks: [], prompts: [], seed: 1, turnKinds: ["call"], bucket: "single" }, 1]],
      pairs: 0,
      dedupe: false,
    });
    // The attack strings again, raw, as a card written before its text was made inert would hold them.
    const html = renderToStaticMarkup(createElement(DatasetCard, { card: `${card}\n${ALL}\n` }));
    expect(html).toMatch(/^<section[^>]*><h2[^>]*>Dataset card<\/h2><pre[^>]*>---\n/);
    expect(html).not.toMatch(/<(a|h1|table|p)\b/);
    expectInert(html);
  });
});
