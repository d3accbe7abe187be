"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { progressParts, runActions, stateLabel } from "@/lib/runs/progress-text";
import { useTRPC } from "@/lib/trpc/client";
import type { RunView } from "@/server/jobs/run-view";
import { RunFailures } from "./RunFailures";
import styles from "./runs.module.css";

/** One run: live progress, its controls, its failures, and the way to its trajectories in review. */
export function RunCard({ run, projectId, onChanged }: { run: RunView; projectId?: number; onChanged: () => Promise<void> }) {
  const trpc = useTRPC();
  const options = { onSuccess: onChanged };
  const pause = useMutation(trpc.runs.pause.mutationOptions(options));
  const resume = useMutation(trpc.runs.resume.mutationOptions(options));
  const cancel = useMutation(trpc.runs.cancel.mutationOptions(options));
  const actions = runActions(run);
  const error = pause.error ?? resume.error ?? cancel.error;
  const finished = run.done + run.failed;
  return (
    <li className={styles.card} data-testid="run-card" data-run-id={run.runId} data-status={run.state}>
      <div className={styles.cardHead}>
        <span className={styles.runName}>{run.name}</span>
        <span className={styles.state} data-id="run-state">
          {stateLabel(run.state)}
        </span>
      </div>
      <progress className={styles.progress} data-id="run-progress" value={finished} max={Math.max(run.total, 1)} aria-label={`${run.name}: ${finished} of ${run.total} paths finished`} />
      <dl className={styles.facts} data-id="run-progress-text">
        {progressParts(run).map((part) => (
          <div key={part.label}>
            <dt>{part.label}</dt>
            <dd data-id={`run-${part.label.toLowerCase()}`}>{part.value}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.settings}>
        {run.settings.teacher.model} ({run.settings.teacher.backend}) · seed {run.settings.seed} · negatives {run.settings.negatives.length === 0 ? "none" : run.settings.negatives.join(", ")}
        {run.settings.judge ? " · judged" : ""} · {run.usage.requests} requests
      </p>
      {run.state === "running-elsewhere" && <p className={styles.note}>Another process (e.g. the CLI) is working on this run: stop or resume it there.</p>}
      {run.state === "interrupted" && <p className={styles.note}>The process working on this run stopped without finishing it. Resume goes on where it left off; answered requests are cached.</p>}
      <div className="row">
        {actions.pause && (
          <button type="button" onClick={() => pause.mutate({ runId: run.runId })} disabled={pause.isPending} data-id="run-pause">
            Pause
          </button>
        )}
        {actions.resume && (
          <button type="button" className="primary" onClick={() => resume.mutate({ runId: run.runId })} disabled={resume.isPending} data-id="run-resume">
            Resume
          </button>
        )}
        {actions.cancel && (
          <button type="button" className="danger" onClick={() => cancel.mutate({ runId: run.runId })} disabled={cancel.isPending} data-id="run-cancel">
            Cancel
          </button>
        )}
        {projectId !== undefined && run.done > 0 && (
          <Link className="button" href={`/projects/${projectId}/review?run=${run.runId}`} data-id="run-review-link">
            Review its trajectories
          </Link>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {run.failed > 0 && <RunFailures runId={run.runId} failed={run.failed} canRetry={actions.retry} onRetried={onChanged} />}
    </li>
  );
}
