import { describeFileError, describeImported, summarizeResults, type FileResult } from "@/lib/catalog/format";
import styles from "./catalog.module.css";

/** One row per uploaded file: what was imported, or why the file was rejected (file, record, field). */
export function ImportResults({ results }: { results: readonly FileResult[] }) {
  return (
    <section className={styles.results} data-testid="import-results" aria-label="Import results">
      <p role="status">{summarizeResults(results)}</p>
      <ul className={styles.resultList}>
        {results.map((result, index) => (
          <li key={`${index}:${result.file}`} className={styles.result} data-id={result.file} data-status={result.ok ? "imported" : "rejected"}>
            <div className={styles.resultHead}>
              <span className={styles.fileName}>{result.file}</span>
              {result.ok ? (
                <span className={`${styles.badge} ${styles.badgeOk}`}>imported</span>
              ) : (
                <span className={`${styles.badge} ${styles.badgeError}`}>rejected</span>
              )}
            </div>
            {result.ok ? (
              <p data-testid="result-summary">{describeImported(result.imported)}</p>
            ) : (
              <>
                <p role="alert" className={styles.errorText} data-testid="result-error">
                  {describeFileError(result.file, result.error)}
                </p>
                <p className="muted">Nothing from this file was imported.</p>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
