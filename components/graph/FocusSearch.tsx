"use client";

import { memo, useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchFunctions } from "@/lib/graph/search";
import type { GraphNode } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface FocusSearchProps {
  nodes: readonly GraphNode[];
  /** The focused function id, shown in the box when chosen elsewhere (a node click). */
  focus: string | null;
  onFocus: (id: string) => void;
}

/** A combobox over the functions: type, then pick a suggestion (mouse, arrows + Enter) to focus it. */
export const FocusSearch = memo(function FocusSearch({ nodes, focus, onFocus }: FocusSearchProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(focus ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [seenFocus, setSeenFocus] = useState(focus);
  if (seenFocus !== focus) {
    setSeenFocus(focus);
    setText(focus ?? "");
  }
  const query = useDeferredValue(text);
  const results = useMemo(() => (open ? searchFunctions(nodes, query, 10) : []), [nodes, query, open]);
  const expanded = open && results.length > 0;

  const choose = (node: GraphNode | undefined) => {
    if (!node) return;
    setText(node.id);
    setOpen(false);
    onFocus(node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (results.length === 0 ? 0 : (index + 1) % results.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => (results.length === 0 ? 0 : (index - 1 + results.length) % results.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      // The suggestions may lag a keystroke behind (deferred): search the typed text itself.
      const current = query === text && results.length > 0 ? results : searchFunctions(nodes, text, 10);
      choose(current[Math.min(active, current.length - 1)]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className={`${styles.field} ${styles.search}`}>
      <label htmlFor={id}>Focus on a function</label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${Math.min(active, results.length - 1)}` : undefined}
        autoComplete="off"
        placeholder="Search functions by name…"
        data-testid="focus-search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching functions" className={styles.suggestions} hidden={!expanded} data-testid="focus-suggestions">
        {expanded &&
          results.map((node, index) => (
            <li
              key={node.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === Math.min(active, results.length - 1)}
              data-id={node.id}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(node);
              }}
            >
              <span>{node.name}</span>
              <small>{node.toolkit}</small>
            </li>
          ))}
      </ul>
    </div>
  );
});
