"use client";

import { useEffect, useRef } from "react";
import { errorText } from "@/lib/review/conflict";
import type { QueuePage } from "@/lib/review/types";
import { StatusBadge } from "./StatusBadge";
import styles from "./review.module.css";

/** One page of the queue; the selected item stays scrolled into view as `j` / `k` move through it. */
export function QueueList({
  page,
  loading,
  error,
  selectedId,
  pageSize,
  onSelect,
  onPage,
}: {
  page: QueuePage | undefined;
  loading: boolean;
  error: unknown;
  selectedId: number | undefined;
  pageSize: number;
  onSelect: (id: number) => void;
  onPage: (offset: number) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [selectedId, page]);

  if (error) {
    return (
      <p role="alert" className="error">
        {errorText(error)}
      </p>
    );
  }
  if (loading || !page) return <p className="muted">Loading the queue…</p>;
  const last = page.offset + page.items.length;
  return (
    <div className={styles.queue}>
      <div className={styles.pager}>
        <span data-id="queue-total" data-total={page.total}>
          {page.total === 0 ? "nothing matches" : `${(page.offset + 1).toLocaleString("en")}–${last.toLocaleString("en")} of ${page.total.toLocaleString("en")}`}
        </span>
        <button type="button" data-id="queue-prev-page" disabled={page.offset === 0} onClick={() => onPage(Math.max(0, page.offset - pageSize))}>
          ‹ Previous
        </button>
        <button type="button" data-id="queue-next-page" disabled={last >= page.total} onClick={() => onPage(page.offset + pageSize)}>
          Next ›
        </button>
      </div>
      {page.total === 0 ? (
        <p className="empty" data-id="queue-empty">
          No trajectory matches. Runs put their trajectories here as they finish: start one on the Runs tab, or change the filters.
        </p>
      ) : (
        <ul className={styles.queueList} data-id="review-queue" role="listbox" aria-label="Trajectories to review" ref={list}>
          {page.items.map((item) => {
            const selected = item.id === selectedId;
            return (
              <li
                key={item.id}
                data-id="queue-item"
                data-row-id={item.id}
                data-status={item.status}
                role="option"
                aria-selected={selected}
                className={selected ? styles.selected : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className={styles.itemTop}>
                  <span className={styles.itemId}>{item.trajectoryId}</span>
                  <StatusBadge status={item.status} />
                </span>
                <span className={styles.itemMeta}>
                  <span className={item.polarity === "negative" ? styles.negative : styles.positive}>{item.polarity}</span>
                  {item.errorType && <span>{item.errorType}</span>}
                  <span>
                    {item.turnCount} {item.turnCount === 1 ? "turn" : "turns"}: {item.turnKinds.join(", ")}
                  </span>
                </span>
                <span className={styles.itemQuery}>{item.firstQuery}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
