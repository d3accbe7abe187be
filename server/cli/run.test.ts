import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { trajectories as reviewRows } from "../../db/schema";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { schemaCheck, unknownNamesCheck } from "../pipeline/checks";
import { functionSpec } from "../pipeline/schemas/function-spec";
import { functionPath } from "../pipeline/schemas/path";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { findProjectByName } from "../services/projects";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasSharedData)("magnet run with the offline teacher on the 8 BFCL multi-turn classes", () => {
  const docs = hasSharedData ? readdirSync(sharedData("bfcl_v3", "multi_turn_func_doc")).map((n) => sharedData("bfcl_v3", "multi_turn_func_doc", n)) : [];
  let trajectories: Trajectory[] = [];
  let stderr = "";

  beforeAll(() => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "server/cli/main.ts", "run", "--tools", ...docs, "--out", dir, "--seed", "11", "--project", "bfcl-run"], {
      env: { ...process.env, MAGNET_DB: path.join(dir, "studio.db") },
      encoding: "utf8",
    });
    stderr = run.stderr;
    expect(run.status, run.stderr).toBe(0);
    trajectories = readFileSync(path.join(dir, "trajectories.jsonl"), "utf8").trim().split("\n").map((line) => trajectory.parse(JSON.parse(line)));
  }, 240_000);

  it("writes the graph, the paths and trajectories of both polarities with every error type", () => {
    expect(readFileSync(path.join(dir, "paths.jsonl"), "utf8").trim().split("\n").map((l) => functionPath.parse(JSON.parse(l))).length).toBeGreaterThan(129);
    expect(new Set(trajectories.map((t) => t.polarity))).toEqual(new Set(["positive", "negative"]));
    expect(new Set(trajectories.map((t) => t.error_type).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(stderr).toMatch(/\d+ trajectories \(\d+ positive, \d+ negative\)/);
  });

  it("files the run under the named project, every trajectory a pending review record", () => {
    const database = openDatabase(path.join(dir, "studio.db"));
    try {
      const project = findProjectByName(database.db, "bfcl-run");
      if (!project) throw new Error("project bfcl-run was not created");
      const rows = database.db.select({ trajectoryId: reviewRows.trajectoryId, status: reviewRows.status }).from(reviewRows).where(eq(reviewRows.projectId, project.id)).all();
      expect(rows.map((r) => r.trajectoryId).sort()).toEqual(trajectories.map((t) => t.id).sort());
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["pending"]));
    } finally {
      database.close();
    }
  });

  it("covers call, merge, insert, miss_func and miss_param turns", () => {
    const kinds = new Set(trajectories.flatMap((t) => t.turns.map((turn) => turn.kind)));
    expect(kinds).toEqual(new Set(["call", "miss_func", "miss_param", "irrelevant"]));
    const ops = new Set(trajectories.flatMap((t) => t.provenance.operations.map((o) => o.op)));
    for (const op of ["merge", "insert", "split"]) expect(ops).toContain(op);
  });

  it("has reference calls that all validate, with no unknown function or parameter", () => {
    const functions = JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")).functions.map((f: unknown) => functionSpec.parse(f));
    let calls = 0;
    for (const t of trajectories) {
      const tools = t.tools.map((tool) => functions.find((f: { name: string }) => f.name === tool.function.name));
      for (const turn of t.turns) {
        expect(unknownNamesCheck(turn.reference, tools).problems).toEqual([]);
        for (const call of turn.reference) {
          const spec = tools.find((f: { name: string }) => f.name === call.name);
          expect(schemaCheck(spec, call).problems, `${t.id} ${call.name}`).toEqual([]);
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
  });

  it("answers every tool_call_id with exactly one tool message, and never stores a hint", () => {
    for (const t of trajectories) {
      const asked = t.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []).map((c) => c.id) : []));
      const answered = t.messages.flatMap((m) => (m.role === "tool" ? [m.tool_call_id] : []));
      expect(answered.sort(), t.id).toEqual(asked.sort());
      expect(new Set(asked).size).toBe(asked.length);
      expect(JSON.stringify(t.messages)).not.toContain("[Hint]");
    }
  });

  it("pairs every negative with its positive at the diverging message", () => {
    const byId = new Map(trajectories.map((t) => [t.id, t]));
    for (const negative of trajectories.filter((t) => t.polarity === "negative")) {
      const positive = byId.get(negative.pair?.positive_id ?? "");
      expect(positive, negative.id).toBeDefined();
      const at = negative.pair?.message ?? 0;
      expect(negative.messages.slice(0, at)).toEqual(positive?.messages.slice(0, at));
      expect(negative.messages[at]).not.toEqual(positive?.messages[at]);
    }
  });
});
