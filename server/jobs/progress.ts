import type { RunProgress } from "../services/runs";

export interface ProgressEvent extends RunProgress {
  /** Items finished per second in this session. */
  rate: number;
  etaSeconds: number | null;
  elapsedSeconds: number;
}

/** Rate and ETA over the items finished since this process started (a resumed run's old items don't count). */
export function progressEvent(progress: RunProgress, startedAt: number, finishedAtStart: number, now: number): ProgressEvent {
  const elapsedSeconds = (now - startedAt) / 1000;
  const finishedHere = progress.done + progress.failed - finishedAtStart;
  const rate = elapsedSeconds > 0 ? finishedHere / elapsedSeconds : 0;
  const remaining = progress.total - progress.done - progress.failed;
  return { ...progress, rate, etaSeconds: rate > 0 ? remaining / rate : null, elapsedSeconds };
}

const WIDTH = 28;

/** One line for a terminal: bar, counts, rate, ETA, tokens and cost. */
export function progressLine(event: ProgressEvent): string {
  const finished = event.done + event.failed;
  const filled = event.total === 0 ? WIDTH : Math.round((finished / event.total) * WIDTH);
  const tokens = event.usage.promptTokens + event.usage.completionTokens;
  const eta = event.etaSeconds === null ? "–" : `${Math.ceil(event.etaSeconds)}s`;
  return (
    `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${finished}/${event.total} ` +
    `(${event.done} done, ${event.failed} failed) ${event.rate.toFixed(1)}/s ETA ${eta} ` +
    `${tokens} tokens $${event.usage.costUsd.toFixed(4)}`
  );
}
