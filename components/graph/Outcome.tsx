import styles from "./graph.module.css";

/** A mutation's outcome under its form: the server's error as an alert, or what was done as a status. */
export function Outcome({ error, done }: { error: { message: string } | null; done?: string | null }) {
  if (error)
    return (
      <p role="alert" className={styles.error}>
        {error.message}
      </p>
    );
  if (done)
    return (
      <p role="status" className={styles.ok}>
        {done}
      </p>
    );
  return null;
}
