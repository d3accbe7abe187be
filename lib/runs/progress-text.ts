import type { RunState } from "@/server/jobs/run-view";

/** What a progress line needs of a run. */
export interface ProgressFacts {
  state: RunState;
  total: number;
  done: number;
  failed: number;
  rate: number;
  etaSeconds: number | null;
  usage: { promptTokens: number; completionTokens: number; costUsd: number };
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return "–";
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export function formatRate(rate: number): string {
  return rate >= 10 ? `${rate.toFixed(0)}/s` : rate >= 0.1 ? `${rate.toFixed(1)}/s` : rate > 0 ? `${(rate * 60).toFixed(1)}/min` : "–";
}

export function formatTokens(tokens: number): string {
  return tokens >= 1_000_000 ? `${(tokens / 1_000_000).toFixed(1)}M` : tokens >= 10_000 ? `${Math.round(tokens / 1000)}k` : String(tokens);
}

export function formatCost(usd: number): string {
  return `$${usd < 1 ? usd.toFixed(4) : usd.toFixed(2)}`;
}

/** The pieces under a run's progress bar, as the CLI's progress line shows them. */
export function progressParts(run: ProgressFacts): { label: string; value: string }[] {
  return [
    { label: "finished", value: `${run.done + run.failed}/${run.total}` },
    { label: "done", value: String(run.done) },
    { label: "failed", value: String(run.failed) },
    { label: "rate", value: formatRate(run.rate) },
    { label: "ETA", value: formatEta(run.etaSeconds) },
    { label: "tokens", value: formatTokens(run.usage.promptTokens + run.usage.completionTokens) },
    { label: "cost", value: formatCost(run.usage.costUsd) },
  ];
}

const STATE_LABELS: Record<RunState, string> = {
  running: "running",
  pausing: "pausing after the items in flight",
  cancelling: "cancelling after the items in flight",
  "running-elsewhere": "running in another process",
  interrupted: "interrupted (no progress for a minute and not running here)",
  paused: "paused",
  done: "done",
  failed: "finished with failures",
  cancelled: "cancelled",
};

export const stateLabel = (state: RunState): string => STATE_LABELS[state];

/** Which controls a run offers in its state. */
export function runActions(run: { state: RunState; live: boolean; pending: number; failed: number }) {
  const stoppedHere = run.state === "paused" || run.state === "interrupted";
  return {
    pause: run.live && run.state === "running",
    resume: !run.live && (stoppedHere || (run.state === "failed" && run.failed > 0)),
    cancel: (run.live && run.state !== "cancelling") || stoppedHere,
    retry: !run.live && run.state !== "running-elsewhere" && run.state !== "cancelled" && run.failed > 0,
  };
}

/** Poll fast while something moves, slowly otherwise so a run started from the CLI still appears. */
export function pollInterval(runs: readonly { state: RunState }[]): number {
  return runs.some((r) => r.state === "running" || r.state === "pausing" || r.state === "cancelling" || r.state === "running-elsewhere") ? 500 : 5000;
}
