import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { ownerAlive, thisProcess } from "./process-owner";

describe("a run's owner", () => {
  it("is alive while its process runs, and known dead once it exited", () => {
    expect(ownerAlive(thisProcess())).toBe(true);
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    expect(ownerAlive(`${exited.stdout}@${hostname()}`)).toBe(false);
  });

  it("cannot be judged on another machine, or when unknown", () => {
    expect(ownerAlive(`${process.pid}@another-host.example`)).toBeNull();
    expect(ownerAlive(null)).toBeNull();
    expect(ownerAlive("garbage")).toBeNull();
  });
});
