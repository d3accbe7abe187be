import type { ConnectionResult } from "@/server/teacher/teacher-choice";
import styles from "./teachers.module.css";

/** A connection test's answer: the model that replied and how fast, or why it did not. */
export function ConnectionOutcome({ result, error }: { result?: ConnectionResult; error?: { message: string } | null }) {
  if (error)
    return (
      <p role="alert" className={styles.result} data-ok="false" data-id="teacher-test-result">
        {error.message}
      </p>
    );
  if (!result) return null;
  return (
    <p role="status" className={styles.result} data-ok={String(result.ok)} data-id="teacher-test-result">
      {result.ok ? `Connected: ${result.message}` : `Failed after ${result.latencyMs} ms: ${result.message}`}
    </p>
  );
}
