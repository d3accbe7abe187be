"use client";

import { useState } from "react";
import styles from "./review.module.css";

/** A comment on the trajectory or one of its turns; it changes no decision. */
export function CommentBox({ turns, disabled, onComment }: { turns: number; disabled: boolean; onComment: (text: string, turn: number | undefined) => Promise<boolean> }) {
  const [text, setText] = useState("");
  const [turn, setTurn] = useState("");
  return (
    <form
      className={styles.commentBox}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onComment(text, turn === "" ? undefined : Number(turn))) setText("");
      }}
    >
      <textarea data-id="comment-text" rows={2} placeholder="Comment for the other reviewers" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} />
      <div className="row">
        <select data-id="comment-turn" value={turn} onChange={(e) => setTurn(e.target.value)} aria-label="What the comment is about">
          <option value="">the whole trajectory</option>
          {Array.from({ length: turns }, (_, k) => (
            <option key={k} value={k}>
              turn {k + 1}
            </option>
          ))}
        </select>
        <button type="submit" data-id="comment-save" disabled={disabled || text.trim() === ""}>
          Comment
        </button>
      </div>
    </form>
  );
}
