import { describe, expect, it } from "vitest";
import { backoffMs, MAX_BACKOFF_MS, retryAfterMs, sleep } from "./retry-timing";

describe("backoffMs", () => {
  it("draws below a ceiling that doubles per failure up to the cap", () => {
    const ceiling = (failures: number) => backoffMs(failures, () => 0.999999) + 1;
    expect([1, 2, 3, 4].map(ceiling)).toEqual([500, 1000, 2000, 4000]);
    expect(ceiling(20)).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");
  const read = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);

  it("reads delta-seconds, HTTP dates and retry-after-ms (which wins)", () => {
    expect(read({ "retry-after": "1" })).toBe(1000);
    expect(read({ "retry-after": "0.5" })).toBe(500);
    expect(read({ "retry-after": new Date(now + 3000).toUTCString() })).toBe(3000);
    expect(read({ "retry-after": new Date(now - 3000).toUTCString() })).toBe(0);
    expect(read({ "retry-after-ms": "250", "retry-after": "9" })).toBe(250);
  });

  it("ignores what it cannot read", () => {
    expect(read({})).toBeUndefined();
    expect(read({ "retry-after": "soon" })).toBeUndefined();
    expect(read({ "retry-after": "-1" })).toBeUndefined();
    expect(read({ "retry-after-ms": "abc" })).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe("sleep", () => {
  it("resolves after the wait, or rejects with the abort reason", async () => {
    await expect(sleep(5)).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await expect(sleep(5, controller.signal)).rejects.toBe(reason);
  });
});
