"use client";

import { useMemo, useState } from "react";
import { conversationView, type TurnView } from "@/lib/review/conversation";
import { diverged, pairRows } from "@/lib/review/pair-view";
import type { ReviewItem, ReviewPartner } from "@/lib/review/types";
import { MessageBubble } from "./MessageBubble";
import { StatusBadge } from "./StatusBadge";
import styles from "./review.module.css";

function PairCell({ turn, divergingMessage }: { turn: TurnView | undefined; divergingMessage: number | undefined }) {
  if (!turn) return <div className={`${styles.pairCell} muted`}>(the negative stops here)</div>;
  return (
    <div className={styles.pairCell}>
      {turn.bubbles.map((bubble) => (
        <MessageBubble key={bubble.index} bubble={bubble} highlight={divergingMessage !== undefined && diverged(bubble.index, divergingMessage)} />
      ))}
    </div>
  );
}

/** The positive and its negative side by side, turn by turn; the turn where they part is highlighted. */
export function PairView({ item, partners, onOpen, stale }: { item: ReviewItem; partners: readonly ReviewPartner[]; onOpen: (id: number) => void; stale: boolean }) {
  const [chosen, setChosen] = useState(0);
  const partner = partners[Math.min(chosen, partners.length - 1)];
  const views = useMemo(() => {
    if (!partner) return undefined;
    const own = conversationView(item.data, item.callChecks);
    const other = conversationView(partner.data, partner.callChecks);
    return item.polarity === "positive" ? { positive: own, negative: other } : { positive: other, negative: own };
  }, [item, partner]);
  if (!partner || !views || !partner.divergence) return null;
  const { divergence } = partner;
  const positive = item.polarity === "positive" ? { id: item.trajectoryId, status: item.status } : { id: partner.trajectoryId, status: partner.status };
  const negative = item.polarity === "negative" ? { id: item.trajectoryId, status: item.status, errorType: item.errorType } : { id: partner.trajectoryId, status: partner.status, errorType: partner.errorType };
  const rows = pairRows(views.positive.turns, views.negative.turns, divergence.turn);
  return (
    <section className={`${styles.pair} ${stale ? styles.stale : ""}`} data-id="pair-view" data-diverging-turn={divergence.turn} aria-busy={stale} aria-labelledby="pair-title">
      <header className={styles.pairHead}>
        <h3 id="pair-title">Positive and negative side by side</h3>
        {partners.length > 1 && (
          <label>
            <span className="muted">negative </span>
            <select data-id="pair-partner" value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
              {partners.map((p, k) => (
                <option key={p.id} value={k}>
                  {p.trajectoryId} ({p.errorType ?? p.polarity})
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className={styles.small} data-id="pair-open" onClick={() => onOpen(partner.id)}>
          Open the {partner.polarity}
        </button>
      </header>
      <div className={styles.pairGrid}>
        <div className={styles.pairColumnHead}>
          <strong>positive</strong> <code>{positive.id}</code> <StatusBadge status={positive.status} />
        </div>
        <div className={styles.pairColumnHead}>
          <strong>negative</strong> <code>{negative.id}</code> {negative.errorType && <span className={styles.kind}>{negative.errorType}</span>} <StatusBadge status={negative.status} />
        </div>
        {rows.map((row) => (
          <div
            key={row.index}
            className={`${styles.pairRow} ${row.diverging ? styles.divergingRow : ""} ${row.shared ? styles.sharedRow : ""}`}
            data-id="pair-turn"
            data-turn={row.index}
            data-diverging={row.diverging ? "true" : undefined}
          >
            <div className={styles.pairRowLabel}>
              Turn {row.index + 1}
              {row.diverging && " — where the negative diverges"}
              {row.shared && " — shared"}
            </div>
            <PairCell turn={row.positive} divergingMessage={row.diverging ? divergence.message : undefined} />
            <PairCell turn={row.negative} divergingMessage={row.diverging ? divergence.message : undefined} />
          </div>
        ))}
      </div>
    </section>
  );
}
