import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cliNodeFlags } from "./node-flags";

describe("cliNodeFlags", () => {
  it("are the flags `npm run magnet` starts the command line with", () => {
    const scripts = z.object({ scripts: z.object({ magnet: z.string() }) }).parse(JSON.parse(readFileSync("package.json", "utf8"))).scripts;
    expect(scripts.magnet).toBe(`tsx ${cliNodeFlags.join(" ")} server/cli/main.ts`);
  });
});
