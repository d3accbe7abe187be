"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { defaultStartForm, parseStartForm, plannedPaths, START_DEFAULTS, type StartFormErrors, type StartFormValues } from "@/lib/runs/start-form";
import { useTRPC } from "@/lib/trpc/client";
import { negativeErrorTypes } from "@/server/pipeline/teacher";
import { PathPicker } from "./PathPicker";
import styles from "./runs.module.css";
import { TeacherSelect } from "./TeacherSelect";

const NEGATIVE_LABELS: Record<(typeof negativeErrorTypes)[number], string> = {
  missing_nested_call: "missing nested call",
  short_dependency_misuse: "short dependency misuse",
  long_dependency_misuse: "long dependency misuse",
  wrong_summarization: "wrong summarization",
  missed_function_or_parameter: "missed function or parameter",
};

/** `magnet synth`'s settings over the project's stored paths; the run goes on in the server once started. */
export function StartRunForm({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const paths = useQuery(trpc.paths.list.queryOptions({ projectId }));
  const [form, setForm] = useState<StartFormValues>(defaultStartForm);
  const [errors, setErrors] = useState<StartFormErrors>({});
  const start = useMutation(
    trpc.runs.start.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.runs.list.pathFilter()),
    }),
  );
  const set = <K extends keyof StartFormValues>(field: K, value: StartFormValues[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseStartForm(projectId, form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    start.mutate(parsed.input);
  };
  const projectPaths = paths.data ?? [];
  const toggleNegative = (type: (typeof negativeErrorTypes)[number], on: boolean) =>
    set("negatives", negativeErrorTypes.filter((t) => (t === type ? on : form.negatives.includes(t))));

  return (
    <form className={styles.panel} onSubmit={submit} noValidate data-id="run-start-form" aria-label="Start a run">
      <h2 className={styles.panelTitle}>Start a run</h2>
      <fieldset className={styles.group}>
        <legend>Paths</legend>
        <label className={styles.check}>
          <input type="radio" name="pathMode" checked={form.pathMode === "all"} onChange={() => set("pathMode", "all")} data-id="run-paths-all" />
          all {projectPaths.length} paths of the project
        </label>
        <label className={styles.check}>
          <input type="radio" name="pathMode" checked={form.pathMode === "some"} onChange={() => set("pathMode", "some")} data-id="run-paths-some" />
          chosen paths
        </label>
        {form.pathMode === "some" && <PathPicker paths={projectPaths} chosen={form.pathIds} onChange={(ids) => set("pathIds", ids)} />}
        {errors.pathIds && <small className="error">{errors.pathIds}</small>}
      </fieldset>
      <div className={styles.grid}>
        <label className={styles.field}>
          <span>Count</span>
          <input type="number" min={1} step={1} value={form.count} placeholder={`all ${plannedPaths({ ...form, count: "" }, projectPaths.length)}`} onChange={(e) => set("count", e.target.value)} data-id="run-count" aria-invalid={!!errors.count} />
          <small className={errors.count ? "error" : "muted"}>{errors.count ?? "the first N of the chosen paths"}</small>
        </label>
        <label className={styles.field}>
          <span>Teacher</span>
          <TeacherSelect value={form.teacher} onChange={(v) => set("teacher", v)} dataId="run-teacher" invalid={!!errors.teacher} />
          <small className={errors.teacher ? "error" : "muted"}>{errors.teacher ?? "offline by default"}</small>
        </label>
        <label className={styles.field}>
          <span>Seed</span>
          <input type="number" min={0} step={1} value={form.seed} onChange={(e) => set("seed", e.target.value)} data-id="run-seed" aria-invalid={!!errors.seed} />
          <small className={errors.seed ? "error" : "muted"}>{errors.seed ?? `same seed, same data (default ${START_DEFAULTS.seed})`}</small>
        </label>
        <label className={styles.field}>
          <span>Concurrency</span>
          <input type="number" min={1} max={64} step={1} value={form.concurrency} onChange={(e) => set("concurrency", e.target.value)} data-id="run-concurrency" aria-invalid={!!errors.concurrency} />
          <small className={errors.concurrency ? "error" : "muted"}>{errors.concurrency ?? `paths at once (default ${START_DEFAULTS.concurrency})`}</small>
        </label>
        <label className={`${styles.field} ${styles.wide}`}>
          <span>Name</span>
          <input type="text" value={form.name} placeholder="generated" onChange={(e) => set("name", e.target.value)} data-id="run-name" aria-invalid={!!errors.name} />
          {errors.name && <small className="error">{errors.name}</small>}
        </label>
      </div>
      <fieldset className={styles.group}>
        <legend>Negatives (the mixture of error types)</legend>
        {negativeErrorTypes.map((type) => (
          <label key={type} className={styles.check}>
            <input type="checkbox" checked={form.negatives.includes(type)} onChange={(e) => toggleNegative(type, e.target.checked)} data-id="run-negative" data-type={type} />
            {NEGATIVE_LABELS[type]}
          </label>
        ))}
        {form.negatives.length === 0 && <small className="muted">positives only</small>}
      </fieldset>
      <label className={styles.check}>
        <input type="checkbox" checked={form.judge} onChange={(e) => set("judge", e.target.checked)} data-id="run-judge" />
        judge every turn
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={start.isPending || projectPaths.length === 0} data-id="run-start">
          {start.isPending ? "Starting…" : `Start run over ${plannedPaths(form, projectPaths.length)} paths`}
        </button>
      </div>
      {projectPaths.length === 0 && paths.isSuccess && <p className={styles.note}>The project has no paths yet: sample some on the Paths tab.</p>}
      {start.isError && (
        <p role="alert" className="error" data-id="run-start-error">
          {start.error.message}
        </p>
      )}
      {start.isSuccess && (
        <p role="status" className={styles.note} data-id="run-start-result" data-run-id={start.data.runId}>
          Started run {start.data.runId}.
        </p>
      )}
    </form>
  );
}
