"use client";

import { useState } from "react";
import type { BenchmarkUpload } from "@/server/exports/export-request";
import { benchmarkRefusal } from "@/server/security/upload-limits";
import styles from "./export.module.css";

interface Props {
  value: BenchmarkUpload | null;
  drop: boolean;
  onChange: (value: BenchmarkUpload | null) => void;
  onDropChange: (drop: boolean) => void;
}

/** A benchmark file (BFCL test entries) to check overlap against; read in the browser and sent with the settings. */
export function ContaminationPicker({ value, drop, onChange, onDropChange }: Props) {
  const [problem, setProblem] = useState<string>();
  return (
    <fieldset className={styles.choices}>
      <legend>Contamination check</legend>
      <input
        type="file"
        accept=".json,.jsonl,application/json"
        data-id="export-contamination"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          const tooLarge = benchmarkRefusal(file.name, file.size);
          if (tooLarge) {
            setProblem(tooLarge);
            return;
          }
          setProblem(undefined);
          onChange({ name: file.name, text: await file.text() });
        }}
      />
      {value && (
        <div className="row">
          <span>
            against <code data-id="export-benchmark">{value.name}</code>
          </span>
          <button type="button" onClick={() => onChange(null)}>
            Remove
          </button>
        </div>
      )}
      {problem && <small className="error">{problem}</small>}
      <label className={styles.check}>
        <input type="checkbox" data-id="export-drop-contaminated" checked={drop} onChange={(e) => onDropChange(e.target.checked)} />
        <span>leave out overlapping samples</span>
      </label>
    </fieldset>
  );
}
