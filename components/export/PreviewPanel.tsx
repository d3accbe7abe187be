"use client";

import type { ExportPreview } from "@/server/exports/export-preview";
import styles from "./export.module.css";

function Figure({ id, label, value }: { id: string; label: string; value: number }) {
  return (
    <div data-id={id} data-count={value}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** What the export would hold with the current settings: counts at each step, rows per file, benchmark overlaps. */
export function PreviewPanel({ preview, busy, error }: { preview: ExportPreview | undefined; busy: boolean; error: string | undefined }) {
  return (
    <section className={`${styles.panel} ${busy ? styles.busy : ""}`} data-id="export-preview" aria-busy={busy} aria-labelledby="preview-title">
      <h2 className={styles.panelTitle} id="preview-title">
        Preview {busy && <small className="muted">updating…</small>}
      </h2>
      {error && (
        <p role="alert" className="error" data-id="preview-error">
          {error}
        </p>
      )}
      {preview && (
        <>
          <dl className={styles.stats}>
            <Figure id="preview-selected" label="selected trajectories" value={preview.selected.total} />
            <Figure id="preview-deduped" label="positives after dedupe" value={preview.afterDedupe} />
            <Figure id="preview-positives" label="exported positives" value={preview.exported.positives} />
            <Figure id="preview-pairs" label="preference pairs" value={preview.exported.pairs} />
            <Figure id="preview-train" label="train samples" value={preview.exported.train} />
            <Figure id="preview-validation" label="validation samples" value={preview.exported.validation} />
          </dl>
          <p className="muted">
            {preview.selected.positives} positive and {preview.selected.negatives} negative trajectories match; {preview.dedupeRemoved} near-duplicates removed; a negative is
            exported with its positive, as a preference pair.
          </p>
          {preview.contamination && (
            <div data-id="preview-contamination" data-count={preview.contamination.contaminated}>
              <p>
                <strong>{preview.contamination.contaminated}</strong> of {preview.contamination.checked} positives overlap <code>{preview.contamination.benchmark}</code>
                {Object.keys(preview.contamination.byReason).length > 0 &&
                  ` (${Object.entries(preview.contamination.byReason)
                    .map(([reason, n]) => `${reason} ${n}`)
                    .join(", ")})`}
                ; {preview.contamination.dropped ? "left out" : "kept, flagged in the card"}.
              </p>
              {preview.contamination.hits.length > 0 && (
                <ul className={styles.hits}>
                  {preview.contamination.hits.map((hit) => (
                    <li key={hit.id} data-id="contamination-hit" data-sample={hit.id}>
                      <code>{hit.id}</code> ↔ {hit.benchmarkIds.join(", ")} ({hit.reasons.join(", ")})
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <table className={styles.figures}>
            <thead>
              <tr>
                <th>format</th>
                <th>rows of</th>
                <th className="num">train</th>
                <th className="num">validation</th>
              </tr>
            </thead>
            <tbody>
              {preview.files.map((file) => (
                <tr key={file.format} data-id="preview-file" data-format={file.format} data-rows={file.train + file.validation}>
                  <td>{file.format}</td>
                  <td>{file.kind === "sft" ? "positives" : "pairs"}</td>
                  <td className="num">{file.train}</td>
                  <td className="num">{file.validation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
