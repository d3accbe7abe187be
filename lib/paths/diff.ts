import { operationKey } from "./describe";
import type { FunctionPath, Operation, Turn } from "./types";

export interface DraftDiff {
  dirty: boolean;
  /** Stored operations the draft still starts with. */
  kept: number;
  /** Operations of the draft after the shared prefix: saving would add them. */
  unsaved: Operation[];
  /** Stored operations after the shared prefix that the draft no longer has (undone). */
  undone: Operation[];
  turnsChanged: boolean;
}

function turnKey(turn: Turn): string {
  return JSON.stringify([turn.kind, turn.functions, turn.implicit ?? [], turn.withheld?.function ?? null, turn.withheld?.parameter ?? null]);
}

export function sameTurns(a: readonly Turn[], b: readonly Turn[]): boolean {
  return a.length === b.length && a.every((turn, i) => turnKey(turn) === turnKey(b[i] as Turn));
}

/** How a draft differs from the stored path (no stored path: everything in the draft is unsaved). */
export function diffDraft(draft: Pick<FunctionPath, "turns" | "operations">, stored: Pick<FunctionPath, "turns" | "operations"> | undefined): DraftDiff {
  if (stored === undefined) {
    return { dirty: true, kept: 0, unsaved: [...draft.operations], undone: [], turnsChanged: true };
  }
  let kept = 0;
  while (
    kept < draft.operations.length &&
    kept < stored.operations.length &&
    operationKey(draft.operations[kept] as Operation) === operationKey(stored.operations[kept] as Operation)
  ) {
    kept++;
  }
  const unsaved = draft.operations.slice(kept);
  const undone = stored.operations.slice(kept);
  const turnsChanged = !sameTurns(draft.turns, stored.turns);
  return { dirty: turnsChanged || unsaved.length > 0 || undone.length > 0, kept, unsaved, undone, turnsChanged };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 unsaved operations, 1 stored operation undone", or "saved" when nothing differs. */
export function describeDiff(diff: DraftDiff): string {
  if (!diff.dirty) return "saved";
  const parts: string[] = [];
  if (diff.unsaved.length > 0) parts.push(`${plural(diff.unsaved.length, "unsaved operation")}`);
  if (diff.undone.length > 0) parts.push(`${plural(diff.undone.length, "stored operation")} undone`);
  if (parts.length === 0) parts.push("turns differ from the stored path");
  return parts.join(", ");
}
