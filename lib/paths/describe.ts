import type { FunctionPath, GraphEdge, InsertOp, Operation, SplitOp, Turn } from "./types";

/** A stable key of an operation: two operations with the same key do the same thing. */
export function operationKey(op: Operation): string {
  switch (op.op) {
    case "merge":
      return `merge:${op.at}`;
    case "insert":
      return `insert:${op.function}:${op.after}:${op.mode}:${op.at ?? ""}`;
    case "split":
      return `split:${op.at}:${op.label}:${op.function}:${op.parameter ?? ""}`;
    case "irrelevance":
      return `irrelevance:${op.at}`;
  }
}

/** An operation as a sentence of the history, turns counted from 0 as the lanes are. */
export function describeOperation(op: Operation): string {
  switch (op.op) {
    case "merge":
      return `merge turns ${op.at}+${op.at + 1}`;
    case "insert":
      return op.mode === "same_turn"
        ? `insert ${op.function} after turn ${op.after} (same turn)`
        : `insert ${op.function} after turn ${op.after} (later turn, placed after turn ${op.at ?? op.after})`;
    case "split":
      return `split turn ${op.at}: ${splitLabel(op)}`;
    case "irrelevance":
      return `irrelevant turn at ${op.at}`;
  }
}

/** The label of a split choice: `miss_func f` or `miss_param f.p`. */
export function splitLabel(op: Pick<SplitOp, "label" | "function" | "parameter">): string {
  return op.label === "miss_func" ? `miss_func ${op.function}` : `miss_param ${op.function}.${op.parameter ?? "?"}`;
}

/** The label of an insert choice: the function, the mode and where it lands. */
export function insertLabel(op: InsertOp): string {
  return op.mode === "same_turn"
    ? `${op.function} · same turn (into turn ${op.after})`
    : `${op.function} · later turn (new turn after turn ${op.at ?? op.after})`;
}

/** Every function a path calls, in call order. */
export function calledFunctions(turns: readonly Turn[]): string[] {
  return turns.flatMap((t) => t.functions);
}

export interface PathSummary {
  turns: number;
  calls: number;
  /** Turn by turn: functions of a turn joined by "+", miss turns as `?f` / `?f.p`, irrelevant ones as `∅`. */
  shape: string;
  /** Operation counts by kind, in a fixed order, e.g. "merge ×2, split". */
  operations: string;
}

function turnShape(turn: Turn): string {
  if (turn.kind === "call") return turn.functions.join("+");
  if (turn.kind === "irrelevant") return "∅";
  const w = turn.withheld;
  return w === undefined ? "?" : `?${w.function}${w.parameter === undefined ? "" : `.${w.parameter}`}`;
}

const opOrder = ["merge", "insert", "split", "irrelevance"] as const;

export function summarizePath(path: Pick<FunctionPath, "turns" | "operations">): PathSummary {
  const counts = new Map<string, number>();
  for (const op of path.operations) counts.set(op.op, (counts.get(op.op) ?? 0) + 1);
  const operations = opOrder
    .filter((k) => counts.has(k))
    .map((k) => {
      const n = counts.get(k) ?? 0;
      return n > 1 ? `${k} ×${n}` : k;
    })
    .join(", ");
  return {
    turns: path.turns.length,
    calls: calledFunctions(path.turns).length,
    shape: path.turns.map(turnShape).join(" → "),
    operations: operations || "no operations",
  };
}

export interface EdgeDescription {
  /** One short line under the arrow. */
  summary: string;
  /** Everything the evidence says, for a tooltip. */
  detail: string;
}

/** Why the graph links two consecutive calls, from the edge's evidence (reason, matched fields, shared terms). */
export function describeEdge(source: string, target: string, edge: GraphEdge | null): EdgeDescription {
  if (edge === null) {
    return {
      summary: "no direct edge",
      detail: `${source} → ${target} is not an edge of the graph: ${target} takes its input from an earlier turn`,
    };
  }
  const fields = edge.evidence.fields.map((f) => `${f.output} → ${f.parameter}`);
  const terms = edge.evidence.terms;
  const reason = edge.evidence.reason?.trim();
  const summary =
    reason || (fields.length > 0 ? fields.join(", ") : terms.length > 0 ? `shared terms: ${terms.join(", ")}` : edge.kind.replace("_", " "));
  const lines = [
    `${source} → ${target}: ${edge.kind.replace("_", " ")}${edge.nested ? ", nested" : ""}, weight ${edge.weight.toFixed(2)} (${edge.origin})`,
  ];
  if (reason) lines.push(`reason: ${reason}`);
  if (fields.length > 0) lines.push(`fields: ${edge.evidence.fields.map((f) => `${f.output} → ${f.parameter} (${f.score.toFixed(2)})`).join(", ")}`);
  if (terms.length > 0) lines.push(`terms: ${terms.join(", ")}`);
  return { summary, detail: lines.join("\n") };
}

/** `covered / total (share %)`. */
export function formatShare(share: { covered: number; total: number }): string {
  const pct = share.total === 0 ? 0 : (share.covered / share.total) * 100;
  return `${share.covered} / ${share.total} (${pct.toFixed(pct === 100 || pct === 0 ? 0 : 1)} %)`;
}
