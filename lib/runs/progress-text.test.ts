import { describe, expect, it } from "vitest";
import { formatCost, formatEta, formatRate, pollInterval, progressParts, runActions } from "./progress-text";

const run = { state: "running" as const, live: true, total: 10, done: 3, failed: 1, pending: 6, rate: 2, etaSeconds: 3.2, usage: { promptTokens: 12_000, completionTokens: 3_000, costUsd: 0.01234 } };

describe("run progress text", () => {
  it("shows finished/total, done, failed, rate, ETA, tokens and cost", () => {
    expect(progressParts(run).map((p) => `${p.label} ${p.value}`)).toEqual(["finished 4/10", "done 3", "failed 1", "rate 2.0/s", "ETA 4s", "tokens 15k", "cost $0.0123"]);
  });

  it("formats slow rates per minute, long ETAs in minutes and hours, unknowns as a dash", () => {
    expect(formatRate(0)).toBe("–");
    expect(formatRate(0.05)).toBe("3.0/min");
    expect(formatRate(25)).toBe("25/s");
    expect(formatEta(null)).toBe("–");
    expect(formatEta(125)).toBe("2m 05s");
    expect(formatEta(7322)).toBe("2h 02m");
    expect(formatCost(12.5)).toBe("$12.50");
  });

  it("offers the controls a state allows", () => {
    expect(runActions(run)).toEqual({ pause: true, resume: false, cancel: true, retry: false });
    expect(runActions({ ...run, live: false, state: "paused" })).toEqual({ pause: false, resume: true, cancel: true, retry: true });
    expect(runActions({ ...run, live: false, state: "interrupted", failed: 0 })).toEqual({ pause: false, resume: true, cancel: true, retry: false });
    expect(runActions({ ...run, live: false, state: "running-elsewhere" })).toEqual({ pause: false, resume: false, cancel: false, retry: false });
    expect(runActions({ ...run, live: false, state: "done", failed: 0 })).toEqual({ pause: false, resume: false, cancel: false, retry: false });
    expect(runActions({ ...run, live: false, state: "cancelled" })).toEqual({ pause: false, resume: false, cancel: false, retry: false });
  });

  it("polls fast only while a run moves", () => {
    expect(pollInterval([{ state: "done" }, { state: "running-elsewhere" }])).toBe(500);
    expect(pollInterval([{ state: "done" }, { state: "interrupted" }])).toBe(5000);
  });
});
