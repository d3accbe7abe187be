"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/lib/trpc/client";
import {
  cliFlags,
  defaultSampleForm,
  formatShare,
  parseSampleForm,
  SAMPLE_DEFAULTS,
  STRATEGIES,
  type SampleFormErrors,
  type SampleFormValues,
  type StartMode,
  type Strategy,
} from "@/lib/paths";
import { errorMessage } from "./errors";
import styles from "./paths.module.css";

type NumberField = "steps" | "seed" | "mergeP" | "insertP" | "splitP" | "irrelevanceP";

const numberFields: { field: NumberField; label: string; hint: string; step: string; min: number; max?: number }[] = [
  { field: "steps", label: "Steps", hint: `functions per walk at most (default ${SAMPLE_DEFAULTS.steps})`, step: "1", min: 1, max: 50 },
  { field: "mergeP", label: "Merge p", hint: `merge each consecutive pair of turns (default ${SAMPLE_DEFAULTS.mergeP})`, step: "0.05", min: 0, max: 1 },
  { field: "insertP", label: "Insert p", hint: `insert a nested neighbour per turn (default ${SAMPLE_DEFAULTS.insertP})`, step: "0.05", min: 0, max: 1 },
  { field: "splitP", label: "Split p", hint: `add a miss_func / miss_param copy (default ${SAMPLE_DEFAULTS.splitP})`, step: "0.05", min: 0, max: 1 },
  {
    field: "irrelevanceP",
    label: "Irrelevance p",
    hint: `add an irrelevance copy (default ${SAMPLE_DEFAULTS.irrelevanceP})`,
    step: "0.05",
    min: 0,
    max: 1,
  },
  { field: "seed", label: "Seed", hint: `same seed, same paths (default ${SAMPLE_DEFAULTS.seed})`, step: "1", min: 0 },
];

const startModes: { mode: StartMode; label: string }[] = [
  { mode: "every", label: "from every node" },
  { mode: "walks", label: "draw N walks" },
  { mode: "from", label: "from these ids" },
];

/** `magnet sample`'s settings as a form; sampling stores a new batch of paths in the project. */
export function SampleForm({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [form, setForm] = useState<SampleFormValues>(defaultSampleForm);
  const [errors, setErrors] = useState<SampleFormErrors>({});
  const sample = useMutation(
    trpc.paths.sample.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.paths.list.queryKey({ projectId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.paths.coverage.queryKey({ projectId }) }),
        ]);
      },
    }),
  );
  const parsed = parseSampleForm(form);
  const set = <K extends keyof SampleFormValues>(field: K, value: SampleFormValues[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = parseSampleForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    sample.mutate({ projectId, settings: result.settings });
  };

  return (
    <form className={styles.panel} data-testid="sample-form" onSubmit={submit} noValidate>
      <h2 className={styles.panelTitle}>Sample paths</h2>
      <fieldset className={styles.startModes}>
        <legend>Walks start</legend>
        {startModes.map(({ mode, label }) => (
          <label key={mode} className={styles.radio}>
            <input type="radio" name="start" value={mode} checked={form.start === mode} onChange={() => set("start", mode)} />
            {label}
          </label>
        ))}
        {form.start === "walks" && (
          <label className={styles.field}>
            <span>Walks</span>
            <input name="walks" type="number" min={0} step={1} value={form.walks} onChange={(e) => set("walks", e.target.value)} aria-invalid={!!errors.walks} />
            {errors.walks && <small className="error">{errors.walks}</small>}
          </label>
        )}
        {form.start === "from" && (
          <label className={styles.field}>
            <span>Start ids</span>
            <textarea name="from" rows={2} value={form.from} placeholder="function ids, comma or space separated" onChange={(e) => set("from", e.target.value)} aria-invalid={!!errors.from} />
            {errors.from && <small className="error">{errors.from}</small>}
          </label>
        )}
      </fieldset>
      <div className={styles.fieldGrid}>
        <label className={styles.field}>
          <span>Strategy</span>
          <select name="strategy" value={form.strategy} onChange={(e) => set("strategy", e.target.value as Strategy)} title="how the next function is chosen">
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <small className="muted">default {SAMPLE_DEFAULTS.strategy}</small>
        </label>
        {numberFields.map(({ field, label, hint, step, min, max }) => (
          <label key={field} className={styles.field} title={hint}>
            <span>{label}</span>
            <input
              name={field}
              type="number"
              inputMode="decimal"
              step={step}
              min={min}
              max={max}
              value={form[field]}
              placeholder={String(SAMPLE_DEFAULTS[field])}
              onChange={(e) => set(field, e.target.value)}
              aria-invalid={!!errors[field]}
              aria-describedby={`${id}-${field}`}
            />
            <small id={`${id}-${field}`} className={errors[field] ? "error" : "muted"}>
              {errors[field] ?? `default ${SAMPLE_DEFAULTS[field]}`}
            </small>
          </label>
        ))}
      </div>
      {parsed.ok && (
        <p className={styles.cli} title="the same settings on the command line">
          <code>magnet sample {cliFlags(parsed.settings)}</code>
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={sample.isPending}>
          {sample.isPending ? "Sampling…" : "Sample paths"}
        </button>
        <button
          type="button"
          onClick={() => {
            setForm(defaultSampleForm());
            setErrors({});
          }}
        >
          Defaults
        </button>
      </div>
      {sample.isError && (
        <p role="alert" className="error" data-testid="sample-error">
          {errorMessage(sample.error)}
        </p>
      )}
      {sample.isSuccess && (
        <p role="status" className={styles.sampleResult} data-testid="sample-result">
          Sampled <strong data-testid="sample-count">{sample.data.paths}</strong> {sample.data.paths === 1 ? "path" : "paths"} (batch {sample.data.batch}). The walks cover{" "}
          {formatShare(sample.data.coverage.functions)} of the functions and {formatShare(sample.data.coverage.edges)} of the edges.
        </p>
      )}
    </form>
  );
}
