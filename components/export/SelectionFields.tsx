"use client";

import { formatNames, reviewStatuses, toggle, type ExportFormErrors, type ExportFormValues, type FormatName, type ReviewStatus } from "@/lib/export/export-form";
import styles from "./export.module.css";

const formatLabels: Record<FormatName, string> = {
  "openai-sft": "OpenAI SFT",
  "openai-dpo": "OpenAI DPO",
  "trl-sft": "TRL SFT",
  "trl-dpo": "TRL DPO",
  sharegpt: "ShareGPT",
  "sharegpt-dpo": "ShareGPT DPO",
  bfcl: "BFCL",
};

export interface RunChoice {
  runId: number;
  name: string;
  status: string;
}

interface Props {
  form: ExportFormValues;
  errors: ExportFormErrors;
  runs: readonly RunChoice[];
  onChange: (change: Partial<ExportFormValues>) => void;
}

/** What to export: formats, the review statuses that count as curated, and which runs. */
export function SelectionFields({ form, errors, runs, onChange }: Props) {
  const runIds = runs.map((r) => r.runId);
  return (
    <>
      <fieldset className={styles.choices}>
        <legend>Formats</legend>
        <div className={styles.choiceGrid}>
          {formatNames.map((name) => (
            <label key={name} className={styles.check} title={name}>
              <input
                type="checkbox"
                data-id={`format-${name}`}
                checked={form.formats.includes(name)}
                onChange={(e) => onChange({ formats: toggle(formatNames, form.formats, name, e.target.checked) })}
              />
              <span>{formatLabels[name]}</span>
            </label>
          ))}
        </div>
        {errors.formats && <small className="error">{errors.formats}</small>}
      </fieldset>
      <fieldset className={styles.choices}>
        <legend>Review status</legend>
        <div className={styles.choiceGrid}>
          {reviewStatuses.map((status: ReviewStatus) => (
            <label key={status} className={styles.check}>
              <input
                type="checkbox"
                data-id={`status-${status}`}
                checked={form.statuses.includes(status)}
                onChange={(e) => onChange({ statuses: toggle(reviewStatuses, form.statuses, status, e.target.checked) })}
              />
              <span>{status}</span>
            </label>
          ))}
        </div>
        {errors.statuses && <small className="error">{errors.statuses}</small>}
      </fieldset>
      <fieldset className={styles.choices} data-id="export-runs">
        <legend>Runs</legend>
        <label className={styles.check}>
          <input type="checkbox" data-id="run-filter-all" checked={form.runIds === null} onChange={(e) => onChange({ runIds: e.target.checked ? null : [] })} />
          <span>every run of the project</span>
        </label>
        {runs.map((run) => (
          <label key={run.runId} className={styles.check} title={`${run.name} (${run.status})`}>
            <input
              type="checkbox"
              data-id={`run-filter-${run.runId}`}
              checked={form.runIds === null || form.runIds.includes(run.runId)}
              onChange={(e) => {
                const chosen = toggle(runIds, form.runIds ?? runIds, run.runId, e.target.checked);
                onChange({ runIds: chosen.length === runIds.length ? null : chosen });
              }}
            />
            <span>{run.name}</span>
          </label>
        ))}
        {runs.length === 0 && <small className="muted">No runs yet: start one on the Runs tab, or with `magnet synth`.</small>}
        {errors.runIds && <small className="error">{errors.runIds}</small>}
      </fieldset>
    </>
  );
}
