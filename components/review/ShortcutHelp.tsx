"use client";

import { useEffect, useRef } from "react";
import { shortcuts } from "@/lib/review/keyboard";
import styles from "./review.module.css";

/** The keyboard shortcuts; `?` or Escape closes it again. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className={styles.overlay} onClick={onClose}>
      <div className={styles.dialog} data-id="shortcut-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <dl className={styles.shortcuts}>
          {shortcuts.map((s) => (
            <div key={s.key}>
              <dt>
                <kbd>{s.key}</kbd>
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">Shortcuts are off while you type in a field.</p>
        <button type="button" data-id="shortcut-help-close" onClick={onClose} ref={close}>
          Close
        </button>
      </div>
    </div>
  );
}
