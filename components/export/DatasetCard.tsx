import styles from "./export.module.css";

/** The dataset card (markdown) as it will be written: shown as plain text, never rendered as markdown or HTML. */
export function DatasetCard({ card }: { card: string | undefined }) {
  return (
    <section className={styles.panel} aria-labelledby="card-title">
      <h2 className={styles.panelTitle} id="card-title">
        Dataset card
      </h2>
      <pre className={styles.card} data-id="export-card">
        {card ?? "…"}
      </pre>
    </section>
  );
}
