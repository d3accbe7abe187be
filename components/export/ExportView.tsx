"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { errorMessage } from "@/components/paths/errors";
import { cliCommand, defaultExportForm, EXPORT_DEFAULTS, pairLevels, parseExportForm, type ExportFormValues, type PairLevel } from "@/lib/export/export-form";
import { useTRPC } from "@/lib/trpc/client";
import { ContaminationPicker } from "./ContaminationPicker";
import { DatasetCard } from "./DatasetCard";
import { ExportFiles } from "./ExportFiles";
import { ExportHistory } from "./ExportHistory";
import { MixtureEditor } from "./MixtureEditor";
import { PreviewPanel } from "./PreviewPanel";
import { SelectionFields } from "./SelectionFields";
import styles from "./export.module.css";

/** Settings typed in a row are previewed once, this long after the last change. */
const PREVIEW_DELAY_MS = 250;

/** The export page: settings, the live preview (exports.preview) and card, the export itself and the earlier ones. */
export function ExportView({ projectId, projectName }: { projectId: number; projectName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runs = useQuery(trpc.runs.list.queryOptions({ projectId }));
  const [form, setForm] = useState<ExportFormValues>(defaultExportForm);
  const change = (patch: Partial<ExportFormValues>) => setForm((f) => ({ ...f, ...patch }));
  const parsed = useMemo(() => parseExportForm(projectId, form), [projectId, form]);
  const errors = parsed.ok ? {} : parsed.errors;

  const preview = useMutation(trpc.exports.preview.mutationOptions());
  const { mutate: runPreview } = preview;
  useEffect(() => {
    if (!parsed.ok) return;
    const timer = setTimeout(() => runPreview(parsed.request), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [parsed, runPreview]);

  const create = useMutation(
    trpc.exports.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.exports.list.queryKey({ projectId }) }),
    }),
  );

  const runChoices = runs.data ?? [];
  const runNames = form.runIds && runChoices.filter((r) => form.runIds?.includes(r.runId)).map((r) => r.name);

  return (
    <div className={styles.layout}>
      <div className={styles.column}>
        <form className={styles.panel} data-id="export-form" onSubmit={(e) => e.preventDefault()} noValidate>
          <h2 className={styles.panelTitle}>Settings</h2>
          <SelectionFields form={form} errors={errors} runs={runChoices} onChange={change} />
          <div className={styles.fieldGrid}>
            <label className={styles.field}>
              <span>Train share</span>
              <input
                type="number"
                min={0}
                max={1}
                step="0.01"
                inputMode="decimal"
                data-id="export-split"
                value={form.split}
                aria-invalid={!!errors.split}
                onChange={(e) => change({ split: e.target.value })}
              />
              <small className={errors.split ? "error" : "muted"}>{errors.split ?? `the rest is validation (default ${EXPORT_DEFAULTS.split})`}</small>
            </label>
            <label className={styles.field}>
              <span>Seed</span>
              <input type="number" min={0} step={1} data-id="export-seed" value={form.seed} aria-invalid={!!errors.seed} onChange={(e) => change({ seed: e.target.value })} />
              <small className={errors.seed ? "error" : "muted"}>{errors.seed ?? "same seed, same files"}</small>
            </label>
            <label className={styles.field}>
              <span>Preference pairs</span>
              <select data-id="export-pairs" value={form.pairLevel} onChange={(e) => change({ pairLevel: pairLevels.find((l) => l === e.target.value) ?? form.pairLevel })}>
                {pairLevels.map((level: PairLevel) => (
                  <option key={level} value={level}>
                    per {level === "both" ? "turn and trajectory" : level}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className={styles.check}>
            <input type="checkbox" data-id="export-dedupe" checked={form.dedupe} onChange={(e) => change({ dedupe: e.target.checked })} />
            <span>remove near-duplicates (same normalized queries and calls)</span>
          </label>
          <ContaminationPicker
            value={form.contamination}
            drop={form.dropContaminated}
            onChange={(contamination) => change({ contamination })}
            onDropChange={(dropContaminated) => change({ dropContaminated })}
          />
          {parsed.ok && (
            <p className={styles.cli} title="the same export on the command line">
              <code>{cliCommand(projectName, runNames, parsed.request)}</code>
            </p>
          )}
          <div className="row">
            <button type="button" className="primary" data-id="export-run" disabled={!parsed.ok || create.isPending} onClick={() => parsed.ok && create.mutate(parsed.request)}>
              {create.isPending ? "Exporting…" : "Export"}
            </button>
          </div>
          {create.isError && (
            <p role="alert" className="error" data-id="export-error">
              {errorMessage(create.error)}
            </p>
          )}
        </form>
      </div>
      <div className={styles.column}>
        {create.data && (
          <section className={styles.panel} data-id="export-result" data-export-id={create.data.exportId} aria-labelledby="result-title">
            <h2 className={styles.panelTitle} id="result-title">
              Export #{create.data.exportId}
            </h2>
            <p role="status" className={styles.done}>
              {create.data.positives} positives and {create.data.pairs} preference pairs ({create.data.splits.train} train / {create.data.splits.validation} validation samples) written in{" "}
              {(create.data.durationMs / 1000).toFixed(1)} s.
            </p>
            <ExportFiles exportId={create.data.exportId} files={create.data.files} linkId="export-file" />
          </section>
        )}
        <PreviewPanel preview={preview.data} busy={preview.isPending} error={preview.isError ? errorMessage(preview.error) : undefined} />
        <MixtureEditor form={form} errors={errors} mixture={preview.data?.mixture} onChange={change} />
        <DatasetCard card={preview.data?.card} />
        <ExportHistory projectId={projectId} />
      </div>
    </div>
  );
}
