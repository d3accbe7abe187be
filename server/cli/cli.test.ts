import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { dependencyGraph } from "../pipeline/schemas/graph";
import { functionPath } from "../pipeline/schemas/path";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-cli-"));
const db = path.join(dir, "studio.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function magnet(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], {
    env: { ...process.env, MAGNET_DB: db },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const docs = (...names: string[]) => names.map((n) => sharedData("bfcl_v3", "multi_turn_func_doc", `${n}.json`));
const all = ["gorilla_file_system", "math_api", "message_api", "posting_api", "ticket_api", "trading_bot", "travel_booking", "vehicle_control"];

describe.skipIf(!hasSharedData)("magnet CLI on the BFCL multi-turn docs", () => {
  const graphFile = path.join(dir, "graph.json");

  it("imports into a project and lists it", () => {
    const run = magnet("import", ...docs(...all), "--project", "bfcl");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('imported 129 functions into project "bfcl"');
    expect(magnet("projects").stdout).toContain("bfcl\t8 catalogs\t129 functions");
  });

  it("refuses a bad file with file, record and field, and stores nothing", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, '{"name": "x", "description": "d", "parameters": {"type": "dict", "properties": {"a": {"type": "banana"}}, "required": []}}\n');
    const run = magnet("import", ...docs("math_api"), bad, "--project", "broken");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^magnet: .*bad\.json, record 0, field parameters\.properties\.a\.type/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(magnet("projects").stdout).not.toContain("broken");
  });

  it("writes a graph, then paths that are reproducible by seed", () => {
    const graphRun = magnet("graph", ...docs(...all), "--out", graphFile, "--seed", "7");
    expect(graphRun.status, graphRun.stderr).toBe(0);
    const graph = dependencyGraph.parse(JSON.parse(readFileSync(graphFile, "utf8")));
    expect(graph.nodes).toHaveLength(129);
    expect(graph.edges.length).toBeGreaterThan(129);

    const sample = (seed: string, out: string) =>
      magnet("sample", "--graph", graphFile, "--out", out, "--from-every-node", "--seed", seed, "--split-p", "0.5");
    const a = path.join(dir, "a.jsonl");
    const b = path.join(dir, "b.jsonl");
    const c = path.join(dir, "c.jsonl");
    expect(sample("3", a).status).toBe(0);
    expect(sample("3", b).status).toBe(0);
    expect(sample("4", c).status).toBe(0);
    expect(readFileSync(a, "utf8")).toEqual(readFileSync(b, "utf8"));
    expect(readFileSync(a, "utf8")).not.toEqual(readFileSync(c, "utf8"));
    const paths = readFileSync(a, "utf8").trim().split("\n").map((line) => functionPath.parse(JSON.parse(line)));
    expect(paths.length).toBeGreaterThanOrEqual(129);
    const kinds = new Set(paths.flatMap((p) => p.turns.map((t) => t.kind)));
    expect([...kinds].sort()).toEqual(["call", "irrelevant", "miss_func", "miss_param"]);
    const ops = new Set(paths.flatMap((p) => p.operations.map((o) => o.op)));
    expect(ops).toEqual(new Set(["merge", "insert", "split", "irrelevance"]));
  });

  it.each([
    [["sample", "--graph", "missing.json", "--out", "x.jsonl"], "missing.json: cannot be read"],
    [["sample", "--graph", "GRAPH", "--out", "x.jsonl", "--merge-p", "2"], "expected a probability from 0 to 1"],
    [["graph", "nope.json", "--out", "g.json"], "nope.json: cannot be read"],
    [["import", "--format", "csv", "x.json"], "Allowed choices are"],
  ])("exits non-zero with a clear message: %j", (args, message) => {
    const run = magnet(...args.map((a) => (a === "GRAPH" ? graphFile : a)));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(message);
  });

  it("names the field of a malformed graph file", () => {
    const broken = path.join(dir, "broken-graph.json");
    writeFileSync(broken, JSON.stringify({ nodes: [{ id: "a", name: "a", toolkit: "t", category: "c" }], edges: [{ source: "a" }] }));
    const run = magnet("sample", "--graph", broken, "--out", path.join(dir, "x.jsonl"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken-graph\.json, field edges\[0\]\.target/);
  });
});
