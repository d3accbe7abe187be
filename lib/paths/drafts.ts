import type { FunctionPath, Operation } from "./types";

/** The builder's client state for one path: the draft and the operations undo took off it (for redo). */
export interface DraftEntry {
  path: FunctionPath;
  redo: Operation[];
}

export type Drafts = Readonly<Record<string, DraftEntry>>;

export type DraftAction =
  /** Start editing a copy of the stored path (kept if a draft exists already). */
  | { type: "open"; path: FunctionPath }
  /** A new operation was applied: the redo stack no longer applies. */
  | { type: "applied"; path: FunctionPath }
  /** Undo removed `undone`: it goes on the redo stack. */
  | { type: "undone"; path: FunctionPath; undone: Operation }
  /** The last undone operation was applied again. */
  | { type: "redone"; path: FunctionPath }
  /** Back to the stored path, forgetting redo. */
  | { type: "discard"; path: FunctionPath }
  /** The server stored the draft; redo stays available. */
  | { type: "saved"; path: FunctionPath };

export function draftsReducer(state: Drafts, action: DraftAction): Drafts {
  const id = action.path.id;
  const entry = state[id];
  switch (action.type) {
    case "open":
      return entry ? state : { ...state, [id]: { path: action.path, redo: [] } };
    case "applied":
      return { ...state, [id]: { path: action.path, redo: [] } };
    case "undone":
      return { ...state, [id]: { path: action.path, redo: [...(entry?.redo ?? []), action.undone] } };
    case "redone":
      return { ...state, [id]: { path: action.path, redo: (entry?.redo ?? []).slice(0, -1) } };
    case "discard":
      return { ...state, [id]: { path: action.path, redo: [] } };
    case "saved":
      return { ...state, [id]: { path: action.path, redo: entry?.redo ?? [] } };
  }
}

/** The operation redo would apply next, if any. */
export const nextRedo = (entry: DraftEntry | undefined): Operation | undefined => entry?.redo.at(-1);

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes; anything else is not a history shortcut. */
export function historyShortcut(event: KeyLike): "undo" | "redo" | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && event.ctrlKey && !event.shiftKey) return "redo";
  return null;
}
