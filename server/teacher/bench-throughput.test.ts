import { describe, expect, it } from "vitest";
import { measureThroughput } from "./bench-throughput";

describe("measureThroughput", () => {
  // A smoke run: the 320-request figure comes from `npx tsx server/teacher/bench-throughput.ts`.
  it("drives the fake server in a child process and reports the share of the ideal rate", async () => {
    const result = await measureThroughput({ requests: 32, concurrency: 8, delayMs: 20 });
    expect(result.idealPerSecond).toBe(400);
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    expect(result.share).toBeCloseTo(result.requestsPerSecond / 400, 1);
    expect(result.peakRssMB).toBeGreaterThan(0);
  });
});
