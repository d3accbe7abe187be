import { readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scanWorkerBundle } from "./scan-worker-bundle";

describe("scanWorkerBundle", () => {
  it("builds the worker once, keeps it while its sources are unchanged, and builds it again when one changes", async () => {
    const bundle = fileURLToPath(await scanWorkerBundle("/nonexistent"));
    const record = bundle.replace(/\.mjs$/, ".inputs.json");
    expect(readFileSync(bundle, "utf8")).toContain("scanRange");
    // The trajectory check comes compiled ahead (ajv's standalone code), in place of the module that compiles it.
    expect(readFileSync(bundle, "utf8")).toMatch(/trajectoryCheck = \(\) => validate\d*;/);
    const inputs = Object.keys(JSON.parse(readFileSync(record, "utf8")).inputs);
    expect(inputs.some((file) => file.endsWith("server/exports/scan-range.ts"))).toBe(true);

    const built = statSync(bundle).mtimeMs;
    expect(fileURLToPath(await scanWorkerBundle("/nonexistent"))).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBe(built);

    // As if scan-range.ts had been edited since the bundle was built.
    const known = JSON.parse(readFileSync(record, "utf8"));
    const source = inputs.find((file) => file.endsWith("server/exports/scan-range.ts")) ?? "";
    writeFileSync(record, JSON.stringify({ ...known, inputs: { ...known.inputs, [source]: "0:0" } }));
    await scanWorkerBundle("/nonexistent");
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
    expect(JSON.parse(readFileSync(record, "utf8")).inputs[source]).not.toBe("0:0");
  });
});
