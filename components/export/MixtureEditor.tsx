"use client";

import { buckets, formatShare, type ExportFormErrors, type ExportFormValues } from "@/lib/export/export-form";
import type { ExportPreview } from "@/server/exports/export-preview";
import styles from "./export.module.css";

interface Props {
  form: ExportFormValues;
  errors: ExportFormErrors;
  mixture: ExportPreview["mixture"] | undefined;
  onChange: (change: Partial<ExportFormValues>) => void;
}

/** Keep every selected sample, or down-sample to target shares per bucket; the achieved counts come from the live preview. */
export function MixtureEditor({ form, errors, mixture, onChange }: Props) {
  return (
    <section className={styles.panel} aria-labelledby="mixture-title">
      <h2 className={styles.panelTitle} id="mixture-title">
        Mixture
      </h2>
      <div className="row">
        <label className={styles.check}>
          <input type="radio" name="mixture" data-id="mixture-keep-all" checked={form.keepAll} onChange={() => onChange({ keepAll: true })} />
          <span>keep every selected sample</span>
        </label>
        <label className={styles.check}>
          <input type="radio" name="mixture" data-id="mixture-shares" checked={!form.keepAll} onChange={() => onChange({ keepAll: false })} />
          <span>target shares</span>
        </label>
      </div>
      {!form.keepAll && (
        <>
          <div className={styles.shares}>
            {buckets.map((b) => (
              <label key={b} className={styles.field}>
                <span>{b.replace("_", "-")}</span>
                <input
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  data-id={`mixture-share-${b}`}
                  value={form.shares[b]}
                  aria-invalid={!!errors.shares}
                  onChange={(e) => onChange({ shares: { ...form.shares, [b]: e.target.value } })}
                />
              </label>
            ))}
          </div>
          <small className={errors.shares ? "error" : "muted"}>{errors.shares ?? "relative shares (normalized); buckets over their share are down-sampled, short ones kept whole"}</small>
        </>
      )}
      <table className={styles.figures} data-id="export-achieved">
        <thead>
          <tr>
            <th>bucket</th>
            <th className="num">available</th>
            <th className="num">requested</th>
            <th className="num">achieved</th>
          </tr>
        </thead>
        <tbody>
          {(mixture?.buckets ?? []).map((row) => (
            <tr key={row.bucket} data-bucket={row.bucket} data-achieved={row.achieved.count} className={row.short ? styles.short : undefined}>
              <td>{row.bucket}</td>
              <td className="num">{row.available}</td>
              <td className="num">
                {row.requested.count} ({formatShare(row.requested.share)})
              </td>
              <td className="num">
                {row.achieved.count} ({formatShare(row.achieved.share)}){row.short ? " short" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mixture?.target === null && <small className="muted">Nothing is down-sampled; requested shows the default mix (16 % irrelevance) for comparison.</small>}
    </section>
  );
}
