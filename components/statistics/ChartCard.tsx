import type { ReactNode } from "react";
import styles from "./statistics.module.css";

interface Props {
  name: string;
  title: string;
  note?: string;
  /** Shown instead of the chart when there is nothing to plot yet. */
  empty?: string;
  children: ReactNode;
}

/** One chart with its title, in a container the journeys find by `data-id="chart-<name>"`. */
export function ChartCard({ name, title, note, empty, children }: Props) {
  return (
    <section className={styles.card} data-id={`chart-${name}`} data-empty={empty !== undefined} aria-label={title}>
      <h2>{title}</h2>
      {note && <p className="muted">{note}</p>}
      {empty !== undefined ? <div className={styles.empty}>{empty}</div> : <div className={styles.plot}>{children}</div>}
    </section>
  );
}
