import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../db/client";
import { preferencePairs } from "../../pipeline/export";
import type { Trajectory } from "../../pipeline/schemas/trajectory";
import { DEMO_PROJECT_NAME } from "../../demo/seed-demo";
import { demoProjectWithRun, setStatuses, storedRows } from "../../../test/demo-run";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-cli-export-"));
const db = path.join(dir, "studio.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function magnet(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], { env: { ...process.env, MAGNET_DB: db }, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const rowsOf = (out: string, file: string) =>
  ["train", "validation"].flatMap((split) =>
    readFileSync(path.join(out, split, file), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown),
  );

let all: Trajectory[] = [];
let accepted: Trajectory[] = [];

/** Two runs of the demo project; in the first, the positives and the negatives of every other path are accepted, the rest rejected. */
beforeAll(async () => {
  const database = openDatabase(db);
  try {
    const first = await demoProjectWithRun(database.db, { name: "first" });
    const rows = storedRows(database.db, first.runId);
    const paths = [...new Set(rows.map((r) => r.trajectory.path_id))];
    const chosen = rows.filter((r) => r.trajectory.polarity === "positive" || paths.indexOf(r.trajectory.path_id) % 2 === 0);
    setStatuses(
      database.db,
      chosen.map((r) => r.id),
      "accepted",
    );
    setStatuses(
      database.db,
      rows.filter((r) => !chosen.includes(r)).map((r) => r.id),
      "rejected",
    );
    all = rows.map((r) => r.trajectory);
    accepted = chosen.map((r) => r.trajectory);
    await demoProjectWithRun(database.db, { name: "second", paths: 2 });
  } finally {
    database.close();
  }
}, 60_000);

describe("magnet export from the database", () => {
  it("exports a project's accepted trajectories by default", () => {
    const out = path.join(dir, "accepted");
    const run = magnet("export", "--project", DEMO_PROJECT_NAME, "--format", "openai-sft", "trl-dpo", "--out", out, "--no-dedupe");
    expect(run.status, run.stderr).toBe(0);
    expect(rowsOf(out, "openai-sft.jsonl")).toHaveLength(accepted.filter((t) => t.polarity === "positive").length);
    const pairs = preferencePairs(accepted, { level: "turn" }).pairs.length;
    expect(pairs).toBeGreaterThan(0);
    expect(pairs).toBeLessThan(preferencePairs(all, { level: "turn" }).pairs.length);
    expect(rowsOf(out, "trl-dpo.jsonl")).toHaveLength(pairs);
    expect(run.stderr).toMatch(new RegExp(`exported \\d+ positives and ${pairs} preference pairs`));
  });

  it("exports other review statuses and chosen runs when asked", () => {
    const out = path.join(dir, "reviewed");
    const run = magnet("export", "--project", DEMO_PROJECT_NAME, "--run", "first", "--status", "accepted", "rejected", "--format", "trl-dpo", "--out", out, "--no-dedupe");
    expect(run.status, run.stderr).toBe(0);
    expect(rowsOf(out, "trl-dpo.jsonl")).toHaveLength(preferencePairs(all, { level: "turn" }).pairs.length);
    const pending = magnet("export", "--project", DEMO_PROJECT_NAME, "--run", "second", "--status", "pending", "--format", "trl-sft", "--out", path.join(dir, "pending"));
    expect(pending.status, pending.stderr).toBe(0);
    expect(pending.stderr).toMatch(/exported [1-9]\d* positives/);
  });

  it("keeps --in as it was: every record of the file", () => {
    const file = path.join(dir, "first.jsonl");
    writeFileSync(file, all.map((t) => `${JSON.stringify(t)}\n`).join(""));
    const out = path.join(dir, "from-file");
    const run = magnet("export", "--in", file, "--format", "trl-dpo", "--out", out, "--no-dedupe");
    expect(run.status, run.stderr).toBe(0);
    expect(rowsOf(out, "trl-dpo.jsonl")).toHaveLength(preferencePairs(all, { level: "turn" }).pairs.length);
  });

  it.each([
    [["--in", "x.jsonl", "--status", "accepted"], "field --status: selects by review status and run, which only the database keeps: use it with --project"],
    [["--in", "x.jsonl", "--run", "first"], "field --run: selects by review status and run"],
    [["--in", "x.jsonl", "--project", DEMO_PROJECT_NAME], "give exactly one of --in FILE (a trajectories file) or --project NAME"],
    [[], "give exactly one of --in FILE"],
    [["--project", "nope"], 'project "nope" not found'],
    [["--project", DEMO_PROJECT_NAME, "--run", "third"], 'field --run: "third" is not a run of this project'],
    [["--project", DEMO_PROJECT_NAME, "--status", "needs-edit"], "no trajectory of the project is needs-edit: review some first, or choose other statuses"],
    [["--project", DEMO_PROJECT_NAME, "--status", "maybe"], "Allowed choices are"],
    [["--project", DEMO_PROJECT_NAME, "--contamination", "missing.json"], "missing.json: cannot be read"],
  ])("refuses %j with a clear message and writes nothing", (args, message) => {
    const out = path.join(dir, "refused");
    const run = magnet("export", ...args, "--format", "trl-sft", "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(out, "README.md"))).toBe(false);
  });
});
