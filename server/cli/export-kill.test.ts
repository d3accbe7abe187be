import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBenchTrajectories } from "../../bench/export/make-input";
import { hasSharedData } from "../../test/shared-data";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-export-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, relative, recursively. */
const filesUnder = (root: string): string[] =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => statSync(path.join(root, name)).isFile())
    : [];

describe.skipIf(!hasSharedData)("an export killed mid-way", () => {
  const input = path.join(dir, "trajectories.jsonl");
  beforeAll(() => writeBenchTrajectories(input, 20_000), 120_000);

  it("leaves no partial file under a final name", async () => {
    const out = path.join(dir, "out");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "server/cli/main.ts", "export", "--in", input, "--out", out, "--format", "openai-sft", "trl-dpo", "sharegpt", "bfcl"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, signal) => resolve(signal)));
    // Kill once a temporary file has real content: the writers are mid-stream.
    while (!filesUnder(out).some((name) => name.endsWith(".partial") && statSync(path.join(out, name)).size > 100_000)) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const finals = filesUnder(out).filter((name) => !name.endsWith(".partial"));
    for (const name of finals) {
      // A file under its final name was renamed into place whole: it parses to the end.
      const text = readFileSync(path.join(out, name), "utf8");
      if (name.endsWith(".md")) expect(text).toMatch(/^---\n/);
      else if (name.endsWith("dataset_info.json")) JSON.parse(text);
      else for (const line of text.split("\n").filter(Boolean)) JSON.parse(line);
    }
    expect(filesUnder(out).some((name) => name.endsWith(".partial"))).toBe(true);
  }, 180_000);
});
