import { describe, expect, it } from "vitest";
import { sampleSettings } from "@/server/pipeline/paths/sample-settings";
import { cliFlags, defaultSampleForm, parseIds, parseSampleForm, SAMPLE_DEFAULTS } from "./sample-form";

describe("sample form", () => {
  it("shows the defaults of the CLI and the server", () => {
    const server = sampleSettings.parse({});
    expect({ ...SAMPLE_DEFAULTS }).toEqual({
      steps: server.steps,
      strategy: server.strategy,
      mergeP: server.mergeP,
      insertP: server.insertP,
      splitP: server.splitP,
      irrelevanceP: server.irrelevanceP,
      seed: server.seed,
    });
  });

  it("turns the default form into settings the server takes unchanged", () => {
    const parsed = parseSampleForm(defaultSampleForm());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.walks).toBeUndefined();
    expect(parsed.settings.from).toBeUndefined();
    expect(sampleSettings.parse(parsed.settings)).toEqual(sampleSettings.parse({}));
    expect(cliFlags(parsed.settings)).toBe("--from-every-node --steps 7 --strategy uniform --merge-p 0.3 --insert-p 0.3 --split-p 0.3 --irrelevance-p 0.15 --seed 1");
  });

  it("takes walks or start ids as the CLI's exclusive options", () => {
    const walks = parseSampleForm({ ...defaultSampleForm(), start: "walks", walks: "25", from: "ignored" });
    expect(walks).toMatchObject({ ok: true, settings: { walks: 25 } });
    if (walks.ok) expect(walks.settings.from).toBeUndefined();
    const from = parseSampleForm({ ...defaultSampleForm(), start: "from", from: "a, b\nc a", walks: "x" });
    expect(from).toMatchObject({ ok: true, settings: { from: ["a", "b", "c"] } });
    if (from.ok) {
      expect(from.settings.walks).toBeUndefined();
      expect(cliFlags(from.settings)).toMatch(/^--from a b c --steps/);
    }
  });

  it("names every bad field", () => {
    const parsed = parseSampleForm({ ...defaultSampleForm(), steps: "0", mergeP: "1.5", insertP: "", seed: "2.5", start: "from", from: " , " });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["from", "insertP", "mergeP", "seed", "steps"]);
    expect(parsed.errors.steps).toBe("a whole number from 1 to 50");
    expect(parsed.errors.mergeP).toBe("a probability from 0 to 1");
  });

  it("splits start ids on commas and white space", () => {
    expect(parseIds(" a,b  c\n\nd,,a ")).toEqual(["a", "b", "c", "d"]);
  });
});
