import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { exports as exportsTable, teacherProfiles, trajectories, trajectoryData } from "../../../db/schema";
import { preferencePairs } from "../../pipeline/export";
import { createOfflineTeacher } from "../../teacher/offline";
import { demoProjectWithRun, setStatuses, storedRows } from "../../../test/demo-run";
import { exportFileForDownload, exportsRoot } from "../../services/exports";
import { expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

/**
 * The demo project with one offline run, reviewed: every positive but the last accepted, and the
 * negatives of every other path accepted — including one whose positive is not, which no pair may use.
 */
async function reviewedProject() {
  current = testCaller();
  const { caller, db } = current;
  const { projectId, runId } = await demoProjectWithRun(db);
  const rows = storedRows(db, runId);
  const positives = rows.filter((r) => r.trajectory.polarity === "positive");
  const lastPositive = positives[positives.length - 1]?.trajectory.id;
  const paths = [...new Set(rows.map((r) => r.trajectory.path_id))];
  const accepted = rows.filter((r) =>
    r.trajectory.polarity === "positive" ? r.trajectory.id !== lastPositive : paths.indexOf(r.trajectory.path_id) % 2 === 0 || r.trajectory.pair?.positive_id === lastPositive,
  );
  setStatuses(
    db,
    accepted.map((r) => r.id),
    "accepted",
  );
  setStatuses(
    db,
    rows.filter((r) => !accepted.includes(r)).map((r) => r.id),
    "rejected",
  );
  const acceptedTrajectories = accepted.map((r) => r.trajectory);
  return {
    caller,
    db,
    projectId,
    runId,
    rows,
    expected: {
      positives: acceptedTrajectories.filter((t) => t.polarity === "positive").length,
      pairs: preferencePairs(acceptedTrajectories, { level: "turn" }).pairs.length,
    },
  };
}

const jsonLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

describe("exports router", () => {
  it("previews and writes the accepted trajectories: SFT rows are the accepted positives, DPO rows the pairs whose both sides are accepted", async () => {
    const { caller, db, projectId, expected } = await reviewedProject();
    expect(expected.pairs).toBeGreaterThan(0);
    const settings = { projectId, formats: ["openai-sft", "trl-dpo"] as const, dedupe: false, mixture: null };
    const preview = await caller.exports.preview({ ...settings, formats: [...settings.formats] });
    expect(preview.exported).toMatchObject({ positives: expected.positives, pairs: expected.pairs });
    expect(preview.files).toEqual([
      { format: "openai-sft", kind: "sft", train: expect.any(Number), validation: expect.any(Number) },
      { format: "trl-dpo", kind: "preference", train: expect.any(Number), validation: expect.any(Number) },
    ]);
    expect(preview.mixture.buckets.reduce((n, b) => n + b.achieved.count, 0)).toBe(expected.positives);
    expect(await caller.exports.list({ projectId })).toEqual([]);

    const created = await caller.exports.create({ ...settings, formats: [...settings.formats] });
    const folder = path.join(exportsRoot(db), String(created.exportId));
    const rowsOf = (format: string) => ["train", "validation"].flatMap((split) => jsonLines(path.join(folder, split, `${format}.jsonl`)));
    expect(rowsOf("openai-sft")).toHaveLength(expected.positives);
    expect(rowsOf("trl-dpo")).toHaveLength(expected.pairs);
    expect(created.card).toBe(preview.card);
    const byName = Object.fromEntries(created.files.map((f) => [f.name, f]));
    expect(byName["train-openai-sft.jsonl"]).toMatchObject({ path: "train/openai-sft.jsonl", rows: preview.files[0]?.train });
    expect(byName["validation-trl-dpo.jsonl"]).toMatchObject({ path: "validation/trl-dpo.jsonl", rows: preview.files[1]?.validation });
    expect(byName["README.md"]).toMatchObject({ rows: null, bytes: Buffer.byteLength(created.card) });

    const listed = await caller.exports.list({ projectId });
    expect(listed).toEqual([expect.objectContaining({ exportId: created.exportId, positives: expected.positives, pairs: expected.pairs, files: created.files })]);
    expect(listed[0]).not.toHaveProperty("card");
    expect(listed[0]?.settings).toMatchObject({ statuses: ["accepted"], formats: ["openai-sft", "trl-dpo"], mixture: null, dedupe: false });
    expect(await caller.exports.get({ exportId: created.exportId })).toEqual(created);
    expect(readdirSync(exportsRoot(db))).toEqual([String(created.exportId)]);
  });

  it("selects by review status and run, and keeps trajectories of two runs apart", async () => {
    const { caller, db, projectId, runId, rows } = await reviewedProject();
    const pending = await caller.exports.preview({ projectId, formats: ["trl-sft"], statuses: ["pending"] });
    expect(pending.selected.total).toBe(0);
    const everything = await caller.exports.preview({ projectId, formats: ["trl-sft"], statuses: ["accepted", "rejected"], dedupe: false });
    expect(everything.selected.total).toBe(rows.length);

    const second = await demoProjectWithRun(db, { name: "second" });
    setStatuses(
      db,
      storedRows(db, second.runId).map((r) => r.id),
      "accepted",
    );
    const both = await caller.exports.create({ projectId, formats: ["trl-sft", "trl-dpo"], dedupe: false });
    const only = await caller.exports.preview({ projectId, runIds: [runId], formats: ["trl-sft"], dedupe: false });
    expect(only.selected.total).toBeLessThan(both.selected);
    const folder = path.join(exportsRoot(db), String(both.exportId));
    const dpo = ["train", "validation"].flatMap((split) => jsonLines(path.join(folder, split, "trl-dpo.jsonl")));
    // The same paths in two runs: without the run prefix, a negative could pair with the other run's positive.
    const second_pairs = preferencePairs(
      storedRows(db, second.runId).map((r) => r.trajectory),
      { level: "turn" },
    ).pairs.length;
    expect(dpo).toHaveLength(both.pairs);
    expect(both.pairs).toBe((await caller.exports.preview({ projectId, runIds: [runId], formats: ["trl-dpo"], dedupe: false })).exported.pairs + second_pairs);
  });

  it("previews again what a review changed: a newly accepted record, an edited one", async () => {
    const { caller, db, projectId, rows } = await reviewedProject();
    const settings = { projectId, formats: ["openai-sft" as const] };
    const before = await caller.exports.preview(settings);
    const [first, second] = rows.filter((r) => r.trajectory.polarity === "positive");
    const rejected = rows.filter((r) => r.trajectory.polarity === "positive").at(-1);
    if (!first || !second || !rejected) throw new Error("expected three positives");
    setStatuses(db, [rejected.id], "accepted");
    const accepted = await caller.exports.preview(settings);
    expect(accepted.selected.positives).toBe(before.selected.positives + 1);
    // An edit as the review service stores it: new data, a new version. The second positive now repeats the first.
    const copy = { ...second.trajectory, messages: first.trajectory.messages, turns: first.trajectory.turns };
    db.update(trajectoryData).set({ data: JSON.stringify(copy) }).where(eq(trajectoryData.trajectoryRowId, second.id)).run();
    db.update(trajectories).set({ version: 1 }).where(eq(trajectories.id, second.id)).run();
    const edited = await caller.exports.preview(settings);
    expect(edited.dedupeRemoved).toBe(accepted.dedupeRemoved + 1);
  });

  it("reports contamination by sample id and leaves the overlapping samples out when asked", async () => {
    const { caller, projectId, rows } = await reviewedProject();
    const positive = rows.find((r) => r.trajectory.polarity === "positive")?.trajectory;
    const question = positive?.turns[0]?.query ?? "";
    const contamination = { name: "bfcl_probe.json", text: `${JSON.stringify({ id: "simple_7", question: [[{ role: "user", content: question }]] })}\n` };
    const flagged = await caller.exports.preview({ projectId, formats: ["openai-sft"], dedupe: false, contamination });
    expect(flagged.contamination).toMatchObject({ benchmark: "bfcl_probe.json", dropped: false });
    expect(flagged.contamination?.hits).toContainEqual({ id: positive?.id, benchmarkIds: ["simple_7"], reasons: expect.arrayContaining(["ngram"]) });
    const dropped = await caller.exports.preview({ projectId, formats: ["openai-sft"], dedupe: false, contamination, dropContaminated: true });
    expect(dropped.exported.positives).toBe(flagged.exported.positives - (flagged.contamination?.contaminated ?? 0));
    expect(dropped.card).toMatch(/Contamination against bfcl_probe\.json: [1-9]\d* of \d+ samples overlap.*; dropped/);
  });

  it("refuses bad settings with the field named, and writes nothing", async () => {
    const { caller, db, projectId } = await reviewedProject();
    const other = await caller.projects.create({ name: "other" });
    await expectTrpcError(caller.exports.create({ projectId, formats: [] }), "BAD_REQUEST", /field formats: choose at least one format/);
    await expectTrpcError(caller.exports.create({ projectId, formats: ["trl-sft"], split: 1.5 }), "BAD_REQUEST", /field split/);
    await expectTrpcError(caller.exports.create({ projectId, formats: ["trl-sft"], mixture: { single: 0 } }), "BAD_REQUEST", /field mixture: give at least one bucket a share above 0/);
    await expectTrpcError(caller.exports.create({ projectId, formats: ["trl-sft"], runIds: [999] }), "BAD_REQUEST", /field runIds: run 999 is not a run of this project/);
    await expectTrpcError(caller.exports.create({ projectId: other.id, formats: ["trl-sft"] }), "BAD_REQUEST", /field statuses: no trajectory of the project is accepted/);
    await expectTrpcError(caller.exports.create({ projectId: 9999, formats: ["trl-sft"] }), "NOT_FOUND", /project "9999" not found/);
    await expectTrpcError(
      caller.exports.create({ projectId, formats: ["trl-sft"], contamination: { name: "bench.jsonl", text: '{"id": "a", "question": []}\n{"id": 3}\n' } }),
      "BAD_REQUEST",
      /bench\.jsonl, record 1, field id/,
    );
    await expectTrpcError(caller.exports.get({ exportId: 1 }), "NOT_FOUND", /export "1" not found/);
    expect(db.select().from(exportsTable).all()).toEqual([]);
    expect(existsSync(exportsRoot(db)) ? readdirSync(exportsRoot(db)) : []).toEqual([]);
  });

  it("serves only the files an export lists", async () => {
    const { caller, db, projectId } = await reviewedProject();
    const { exportId, files } = await caller.exports.create({ projectId, formats: ["bfcl"] });
    const answers = files.find((f) => f.path === "train/possible_answer/BFCL_v3_multi_turn_magnet.json");
    expect(answers?.name).toBe("train-possible_answer-BFCL_v3_multi_turn_magnet.json");
    const served = exportFileForDownload(db, exportId, answers?.name ?? "");
    expect(readFileSync(served.file, "utf8").split("\n").filter(Boolean)).toHaveLength(answers?.rows ?? -1);
    for (const name of ["train/BFCL_v3_multi_turn_magnet.json", "..", "../1/README.md", "secrets.txt", "train-openai-sft.jsonl"])
      expect(() => exportFileForDownload(db, exportId, name)).toThrow(/not found/);
    expect(() => exportFileForDownload(db, exportId + 1, "README.md")).toThrow(/export "\d+" not found/);
  });

  it("never writes a teacher profile's key into an export's files or card", async () => {
    current = testCaller();
    const { caller, db } = current;
    const key = "sk-magnet-export-4f9c2e7d1b";
    const profile = db.insert(teacherProfiles).values({ name: "vendor", baseUrl: "http://127.0.0.1:9/v1", model: "vendor-model", apiKey: key }).returning().get();
    // A run made with that profile records what the studio records (backend, model, base URL); the offline teacher answers.
    const { projectId, runId } = await demoProjectWithRun(db, {
      teacher: { teacher: createOfflineTeacher(), info: { backend: "openai", model: profile.model, baseURL: profile.baseUrl } },
    });
    setStatuses(
      db,
      storedRows(db, runId).map((r) => r.id),
      "accepted",
    );
    const created = await caller.exports.create({ projectId, formats: ["openai-sft", "openai-dpo", "trl-sft", "trl-dpo", "sharegpt", "sharegpt-dpo", "bfcl"] });
    const folder = path.join(exportsRoot(db), String(created.exportId));
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBe(created.files.length);
    for (const entry of files) expect(readFileSync(path.join(entry.parentPath, entry.name), "utf8")).not.toContain(key);
    expect(JSON.stringify(await caller.exports.get({ exportId: created.exportId }))).not.toContain(key);
  });
});
