import { readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exports as exportsTable } from "../../db/schema";
import { demoProjectWithRun, setStatuses, storedRows } from "../../test/demo-run";
import { openTempDatabase } from "../../test/temp-db";
import { NotFound } from "../pipeline/errors";
import { readUpload } from "./export-writer";
import { createExport, exportFileForDownload, exportsRoot, getExport } from "./exports";

/** The names an attacker would try for a file of an export, raw and as a browser or proxy may encode them. */
const ATTACKS = [
  "../../etc/passwd",
  "..\\..\\x",
  "/etc/passwd",
  "README.md\0.txt",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%2f..%2fREADME.md",
  "..",
  ".",
  "",
];

describe("export names cannot leave their folder", () => {
  let database: ReturnType<typeof openTempDatabase>;
  beforeEach(() => {
    database = openTempDatabase();
  });
  afterEach(() => database.dispose());

  async function exported(contamination?: { name: string; text: string }) {
    const { projectId, runId } = await demoProjectWithRun(database.db, { paths: 3 });
    setStatuses(
      database.db,
      storedRows(database.db, runId).map((r) => r.id),
      "accepted",
    );
    return createExport(database.db, { projectId, formats: ["openai-sft", "bfcl"], ...(contamination ? { contamination } : {}) });
  }

  it.each(ATTACKS)("a download named %j is not found", async (name) => {
    const { exportId } = await exported();
    expect(() => exportFileForDownload(database.db, exportId, name)).toThrow(NotFound);
  });

  it("a stored file list changed to point outside the folder is not served either", async () => {
    const record = await exported();
    const readme = record.files.find((f) => f.name === "README.md");
    expect(exportFileForDownload(database.db, record.exportId, "README.md").file).toBe(path.join(exportsRoot(database.db), String(record.exportId), "README.md"));
    const row = database.db.select().from(exportsTable).where(eq(exportsTable.id, record.exportId)).get();
    const summary = JSON.parse(row?.summary ?? "{}") as { files: { name: string; path: string }[] };
    summary.files = summary.files.map((f) => (f.name === readme?.name ? { ...f, path: "../../studio.db" } : f));
    database.db.update(exportsTable).set({ summary: JSON.stringify(summary) }).where(eq(exportsTable.id, record.exportId)).run();
    expect(() => exportFileForDownload(database.db, record.exportId, "README.md")).toThrow(NotFound);
  });

  it.each(ATTACKS.filter(Boolean))("an uploaded benchmark named %j is written under one plain name", (name) => {
    const written = readUpload({ name, text: "" === name ? "" : '{"id":"simple_0","question":[]}\n' }).name;
    expect(written).toMatch(/^[\w-][\w.-]*$/);
    expect(path.dirname(path.join("/tmp/work/benchmark", written))).toBe("/tmp/work/benchmark");
  });

  it("a benchmark named like the records file does not replace them", async () => {
    const probe = { name: "trajectories.jsonl", text: `${JSON.stringify({ id: "simple_7", question: [[{ role: "user", content: "unrelated question about tides" }]] })}\n` };
    const record = await exported(probe);
    expect(record.positives).toBeGreaterThan(0);
    expect(getExport(database.db, record.exportId).card).toContain("Contamination against trajectories.jsonl");
    expect(readdirSync(path.join(exportsRoot(database.db), String(record.exportId))).sort()).toEqual(["README.md", "train", "validation"]);
  });
});
