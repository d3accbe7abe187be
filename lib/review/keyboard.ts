export type ShortcutAction = "next" | "previous" | "accept" | "reject" | "edit" | "help" | "close";

/** The shortcuts, in the order the help lists them. */
export const shortcuts: readonly { key: string; action: ShortcutAction; label: string }[] = [
  { key: "j", action: "next", label: "next trajectory" },
  { key: "k", action: "previous", label: "previous trajectory" },
  { key: "a", action: "accept", label: "accept the trajectory" },
  { key: "r", action: "reject", label: "reject the trajectory" },
  { key: "e", action: "edit", label: "edit the current turn (or the first with calls)" },
  { key: "?", action: "help", label: "show or hide this help" },
  { key: "Escape", action: "close", label: "close the help or the editor" },
];

/** What a key press asks for; nothing while the reviewer types in a field, or with a modifier (browser shortcuts stay theirs). */
export function shortcutFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean } | null;
}): ShortcutAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const tag = event.target?.tagName?.toUpperCase();
  const typing = tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || event.target?.isContentEditable === true;
  if (typing && event.key !== "Escape") return undefined;
  return shortcuts.find((s) => s.key === event.key)?.action;
}
