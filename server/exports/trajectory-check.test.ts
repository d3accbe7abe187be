import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { compileRecordCheck, recordCheckModule } from "../json-lines";
import { makeTrajectory } from "../pipeline/export/test-trajectory";
import { trajectory } from "../pipeline/schemas/trajectory";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-trajectory-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every variant of `value` with one place changed: removed, or replaced by a value of another type. */
function oneChangeVariants(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [];
  const variants: unknown[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, inner] of entries) {
    const withValue = (replacement: unknown) => (Array.isArray(value) ? value.map((v, i) => (i === key ? replacement : v)) : { ...value, [key]: replacement });
    for (const replacement of [42, "text", null, [], {}]) if (typeof replacement !== typeof inner || Array.isArray(replacement) !== Array.isArray(inner)) variants.push(withValue(replacement));
    if (!Array.isArray(value)) variants.push(Object.fromEntries(entries.filter(([k]) => k !== key)));
    for (const changed of oneChangeVariants(inner)) variants.push(withValue(changed));
  }
  return variants;
}

describe("the trajectory check compiled ahead", () => {
  it("accepts and refuses exactly what the check compiled at run time does", async () => {
    const module = path.join(dir, "check.mjs");
    writeFileSync(module, recordCheckModule(trajectory));
    const ahead: (value: unknown) => boolean = (await import(pathToFileURL(module).href)).validate;
    const here = compileRecordCheck(trajectory);
    const records = [
      makeTrajectory({ id: "p", turns: [{ query: "weather?", calls: [["get_weather", { city: "Oslo" }]] }, { kind: "miss_param", query: "both", calls: [["a", {}], ["b", { n: 1 }]] }] }),
      makeTrajectory({ id: "n", polarity: "negative", error_type: "wrong_arguments", pair: { positive_id: "p", turn: 0, message: 2 }, turns: [{ query: "weather?", calls: [["get_weather", { city: 5 }]] }] }),
      makeTrajectory({ id: "i", turns: [{ kind: "irrelevant", query: "sing", answer: "I cannot." }] }),
    ];
    const values = records.flatMap((r) => [r, ...oneChangeVariants(JSON.parse(JSON.stringify(r)))]);
    const verdicts = values.map((v) => [here(v), ahead(v)]);
    expect(verdicts.filter(([a, b]) => a !== b)).toEqual([]);
    expect(verdicts.filter(([a]) => a).length).toBeGreaterThanOrEqual(records.length);
    expect(verdicts.filter(([a]) => !a).length).toBeGreaterThan(values.length / 2);
  });
});
