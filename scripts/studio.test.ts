import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const studio = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/studio.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", MAGNET_DB: ":memory:", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });

describe("npm run studio", () => {
  it("refuses to start on a non-loopback address without accounts, before building anything", () => {
    const run = studio({ HOST: "0.0.0.0" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Refusing to serve on 0\.0\.0\.0.*MAGNET_ACCOUNTS=on/s);
  });

  it("refuses accounts without a signing secret, naming the variable", () => {
    const run = studio({ HOST: "0.0.0.0", MAGNET_ACCOUNTS: "on" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/MAGNET_AUTH_SECRET/);
  });
});
