import { describe, expect, it } from "vitest";
import { importCatalogs } from "@/server/pipeline/catalog";
import { InvalidInput } from "@/server/pipeline/errors";
import { catalogFormats } from "@/server/pipeline/schemas/function-spec";
import {
  CATALOG_FORMATS,
  FORMAT_LABELS,
  describeFileError,
  describeFileResult,
  describeImported,
  describeLocation,
  errorReason,
  formatTimestamp,
  isCatalogFormat,
  plural,
  showingCount,
  summarizeResults,
  type FileResult,
} from "./format";

describe("catalog formats", () => {
  it("lists exactly the formats the server accepts, each with a label", () => {
    expect([...CATALOG_FORMATS]).toEqual([...catalogFormats]);
    for (const format of catalogFormats) expect(FORMAT_LABELS[format]).toBeTruthy();
  });
  it("recognizes format names", () => {
    expect(isCatalogFormat("bfcl-doc")).toBe(true);
    expect(isCatalogFormat("auto")).toBe(false);
    expect(isCatalogFormat("")).toBe(false);
  });
});

describe("describeLocation", () => {
  it("names file, record and field in order", () => {
    expect(describeLocation({ file: "a.json", record: 3, field: "parameters.properties.city.type" })).toBe(
      "a.json · record 3 · field parameters.properties.city.type",
    );
  });
  it("keeps record 0 and can omit the file", () => {
    expect(describeLocation({ file: "a.json", record: 0 }, { omitFile: true })).toBe("record 0");
  });
  it("is empty when nothing is known", () => {
    expect(describeLocation({})).toBe("");
    expect(describeLocation({ file: "", field: "" })).toBe("");
  });
});

describe("errorReason and describeFileError", () => {
  it("strips the location prefix the server's InvalidInput adds", () => {
    const error = new InvalidInput("expected a string", { file: "t.jsonl", record: 2, field: "function.name" });
    expect(error.message).toBe("t.jsonl, record 2, field function.name: expected a string");
    expect(errorReason(error.message, error.location)).toBe("expected a string");
    expect(describeFileError("t.jsonl", { message: error.message, location: error.location })).toBe(
      "t.jsonl · record 2 · field function.name: expected a string",
    );
  });
  it("keeps a message that does not start with its location", () => {
    expect(errorReason("something else", { file: "x.json" })).toBe("something else");
  });
  it("names the location's file when it is not the row's file", () => {
    expect(describeFileError("upload.json", { message: "other.json: boom", location: { file: "other.json" } })).toBe("other.json: boom");
  });
  it("names the row's file when the location has none", () => {
    expect(describeFileError("e.json", { message: "the file is not UTF-8 text", location: {} })).toBe("e.json: the file is not UTF-8 text");
    expect(describeFileError("e.json", { message: "boom" })).toBe("e.json: boom");
  });
  it("does not repeat the file for a file-level error", () => {
    expect(describeFileError("e.json", { message: "e.json: the file is empty", location: { file: "e.json" } })).toBe("e.json: the file is empty");
  });
  it("makes record and field explicit for a real importer rejection", () => {
    const bad = JSON.stringify({ type: "function", function: { name: "weather", parameters: { type: "object", properties: { city: { type: 5 } } } } });
    const good = JSON.stringify({ type: "function", function: { name: "ok", parameters: { type: "object", properties: {} } } });
    let caught: unknown;
    try {
      importCatalogs([{ file: "tools.jsonl", bytes: new TextEncoder().encode(`${good}\n${bad}\n`) }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInput);
    const error = caught as InvalidInput;
    const line = describeFileError("tools.jsonl", { message: error.message, location: error.location });
    expect(line).toMatch(/^tools\.jsonl · record 1 · field [^:]*city[^:]*: /);
    expect(line.match(/tools\.jsonl/g)).toHaveLength(1);
  });
});

describe("result lines", () => {
  const ok: FileResult = {
    file: "math.json",
    ok: true,
    imported: { catalogId: 1, file: "math.json", format: "bfcl-doc", records: 12, functions: 12, duplicatesSkipped: 0 },
  };
  const rejected: FileResult = {
    file: "bad.json",
    ok: false,
    error: { message: "bad.json, record 3, field parameters.properties.city.type: unknown type", location: { file: "bad.json", record: 3, field: "parameters.properties.city.type" } },
  };
  it("summarizes an imported file", () => {
    expect(describeFileResult(ok)).toBe("bfcl-doc · 12 records · 12 functions");
    expect(describeImported({ format: "openai", records: 1, functions: 1, duplicatesSkipped: 2 })).toBe("openai · 1 record · 1 function · 2 duplicates skipped");
    expect(describeImported({ format: "mcp", records: 1200, functions: 0, duplicatesSkipped: 1 })).toBe("mcp · 1,200 records · 0 functions · 1 duplicate skipped");
  });
  it("describes a rejected file", () => {
    expect(describeFileResult(rejected)).toBe("bad.json · record 3 · field parameters.properties.city.type: unknown type");
  });
  it("counts imported and rejected files", () => {
    expect(summarizeResults([ok, rejected, ok])).toBe("2 files imported · 1 rejected");
    expect(summarizeResults([ok])).toBe("1 file imported");
    expect(summarizeResults([rejected])).toBe("0 files imported · 1 rejected");
  });
});

describe("small text helpers", () => {
  it("pluralizes", () => {
    expect(plural(1, "record")).toBe("1 record");
    expect(plural(0, "record")).toBe("0 records");
    expect(plural(2, "category", "categories")).toBe("2 categories");
  });
  it("formats SQLite timestamps without locale or time zone", () => {
    expect(formatTimestamp("2025-01-31T09:05:12.345Z")).toBe("2025-01-31 09:05 UTC");
    expect(formatTimestamp("2025-01-31 09:05:12")).toBe("2025-01-31 09:05 UTC");
    expect(formatTimestamp("yesterday")).toBe("yesterday");
  });
  it("shows counts with separators", () => {
    expect(showingCount(12, 4000)).toBe("showing 12 of 4,000");
  });
});
