import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { exportRequest } from "../exports/export-request";
import { benchmarkRefusal, catalogFileRefusal, catalogImportRefusal, MAX_TRPC_BODY_BYTES, UPLOAD_LIMITS, utf8Length } from "./upload-limits";

const MB = 1024 * 1024;

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

describe("upload limits", () => {
  it.skipIf(!hasSharedData)("accept every public catalog of ../shared/data, even all of them in one import", () => {
    const files = filesUnder(sharedData()).map((file) => ({ file, bytes: statSync(file).size }));
    expect(files.length).toBeGreaterThan(10);
    for (const { file, bytes } of files) expect(catalogFileRefusal(bytes), file).toBeUndefined();
    expect(catalogImportRefusal(files)).toBeUndefined();
  });

  it("refuse one file over 50 MB, naming the limit", () => {
    expect(catalogFileRefusal(50 * MB)).toBeUndefined();
    expect(catalogFileRefusal(50 * MB + 1)).toBe("the file is 50 MB (52428801 bytes), over the 50 MB (52428800 bytes) limit for one catalog file");
    expect(catalogFileRefusal(61 * MB)).toBe("the file is 61 MB, over the 50 MB limit for one catalog file");
  });

  it("refuse more than 100 files, or more than 100 MB together, in one import", () => {
    expect(catalogImportRefusal(Array.from({ length: 100 }, () => ({ bytes: 1 })))).toBeUndefined();
    expect(catalogImportRefusal(Array.from({ length: 101 }, () => ({ bytes: 1 })))).toBe("101 files chosen, over the limit of 100 files in one import: import them in several goes");
    expect(catalogImportRefusal([{ bytes: 50 * MB }, { bytes: 50 * MB }])).toBeUndefined();
    expect(catalogImportRefusal([{ bytes: 40 * MB }, { bytes: 40 * MB }, { bytes: 40 * MB }])).toBe(
      "the 3 files chosen are 120 MB together, over the 100 MB limit for one import: import them in several goes",
    );
  });

  it("leave room in a request for the largest import, escaped as JSON strings", () => {
    expect(MAX_TRPC_BODY_BYTES).toBeGreaterThanOrEqual(2 * UPLOAD_LIMITS.catalogTotalBytes);
  });

  it("count a benchmark's size in UTF-8 bytes, as on disk", () => {
    for (const text of ["plain", "café", "✓ check", "😀 emoji", "\ud800 lone surrogate"]) expect(utf8Length(text), text).toBe(Buffer.byteLength(text));
  });

  it("refuse a benchmark file over 20 MB, naming the file, in the export request the browser and the CLI send", () => {
    expect(benchmarkRefusal("BFCL_v3_simple.json", 20 * MB)).toBeUndefined();
    const request = (text: string) => exportRequest.safeParse({ projectId: 1, formats: ["openai-sft"], contamination: { name: "huge.json", text } });
    expect(request("x".repeat(20 * MB)).success).toBe(true);
    // 10.5 M two-byte characters: under 20 M characters, over 20 MB.
    const parsed = request("é".repeat(10.5 * MB));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["contamination", "text"], message: "the benchmark file huge.json is 21 MB, over the 20 MB limit for a benchmark file" });
  });
});
