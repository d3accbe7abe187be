import { describe, expect, it } from "vitest";
import { exportRequest } from "@/server/exports/export-request";
import { cliCommand, defaultExportForm, downloadHref, EXPORT_DEFAULTS, formatNames, parseExportForm, toggle } from "./export-form";

describe("export form", () => {
  it("defaults to the server's (and the CLI's) defaults: accepted only, keep every sample", () => {
    const server = exportRequest.parse({ projectId: 1, formats: ["openai-sft"] });
    expect(EXPORT_DEFAULTS).toEqual({ split: server.split, seed: server.seed, dedupe: server.dedupe, pairLevel: server.pairLevel, statuses: server.statuses });
    const parsed = parseExportForm(1, defaultExportForm());
    expect(parsed).toEqual({ ok: true, request: server });
  });

  it.each([
    [{ formats: [] }, { formats: "choose at least one format" }],
    [{ statuses: [] }, { statuses: "choose at least one review status" }],
    [{ split: "1.2" }, { split: "a share from 0 to 1" }],
    [{ split: "" }, { split: "a share from 0 to 1" }],
    [{ seed: "1.5" }, { seed: "a whole number from 0 to 4294967295" }],
    [{ keepAll: false, shares: { single: "0", parallel: "", multiple: "0", multi_turn: "0", irrelevance: "0" } }, { shares: "give at least one bucket a share above 0" }],
    [{ keepAll: false, shares: { single: "-1", parallel: "", multiple: "0", multi_turn: "0", irrelevance: "0" } }, { shares: "the single share is not a number of 0 or more" }],
  ])("names the field of a bad value: %j", (change, errors) => {
    expect(parseExportForm(1, { ...defaultExportForm(), ...change })).toEqual({ ok: false, errors });
  });

  it("sends shares as typed (the server normalizes them) and the chosen runs", () => {
    const parsed = parseExportForm(3, { ...defaultExportForm(), keepAll: false, runIds: [4, 9], shares: { single: "50", parallel: "", multiple: "0", multi_turn: "30", irrelevance: "20" } });
    expect(parsed.ok && parsed.request).toMatchObject({ projectId: 3, runIds: [4, 9], mixture: { single: 50, parallel: 0, multiple: 0, multi_turn: 30, irrelevance: 20 } });
  });

  it("writes the same export as a magnet command, with shares that sum to 1", () => {
    const parsed = parseExportForm(3, { ...defaultExportForm(), formats: ["openai-sft", "trl-dpo"], keepAll: false, dedupe: false, shares: { single: "1", parallel: "1", multiple: "1", multi_turn: "0", irrelevance: "0" } });
    if (!parsed.ok) throw new Error("expected a valid form");
    expect(cliCommand("Demo: travel assistant", ["run one"], parsed.request)).toBe(
      "magnet export --project 'Demo: travel assistant' --run 'run one' --status accepted --format openai-sft trl-dpo " +
        "--mixture single=0.3333,parallel=0.3333,multiple=0.3333,multi_turn=0,irrelevance=0 --split 0.95 --no-dedupe --pairs turn --seed 1 --out DIR",
    );
  });

  it("toggles a choice in the choices' order", () => {
    expect(toggle(formatNames, ["trl-dpo"], "openai-sft", true)).toEqual(["openai-sft", "trl-dpo"]);
    expect(toggle(formatNames, ["openai-sft", "trl-dpo"], "openai-sft", false)).toEqual(["trl-dpo"]);
  });

  it("links a download by the file's flat name", () => {
    expect(downloadHref(7, "train-openai-sft.jsonl")).toBe("/api/exports/7/train-openai-sft.jsonl");
  });
});
