"use client";

import type { ReactNode } from "react";
import styles from "./paths.module.css";

/**
 * A small disclosure menu (details / summary) of operation choices. When there is no choice, the
 * open menu says why instead of listing nothing.
 */
export function ChoiceMenu({
  testId,
  label,
  count,
  loading,
  open,
  onOpenChange,
  emptyReason,
  children,
}: {
  testId: string;
  label: string;
  count: number | undefined;
  loading: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  emptyReason: string;
  children: ReactNode;
}) {
  return (
    <details
      className={styles.menu}
      data-testid={testId}
      data-count={count}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) onOpenChange(now);
      }}
    >
      <summary title={count === 0 ? emptyReason : undefined} className={count === 0 ? styles.menuEmpty : undefined}>
        {label}
        <span className={styles.count}>{loading || count === undefined ? "…" : count}</span>
      </summary>
      <div className={styles.menuPanel} role="menu" aria-label={label}>
        {loading || count === undefined ? (
          <p className="muted">Asking the graph…</p>
        ) : count === 0 ? (
          <p className={styles.reason} data-reason>
            {emptyReason}
          </p>
        ) : (
          children
        )}
      </div>
    </details>
  );
}
