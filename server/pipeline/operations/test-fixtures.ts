import { GraphIndex } from "../sampling/graph-index";
import { edge, graphOf } from "../sampling/test-graphs";
import type { FunctionPath } from "../schemas/path";
import type { OperationContext } from "./context";

/**
 * The hand-made graph of the tables of cases (used by tests only): the walk a → b → c → d → e, plus nested neighbours: m after b and after c, z after e, n after m
 * (so an inserted function can itself be a base). x is isolated.
 */
export const handGraph = graphOf(
  ["a", "b", "c", "d", "e", "m", "n", "z", "x"],
  [
    edge("a", "b"),
    edge("b", "c"),
    edge("c", "d"),
    edge("d", "e"),
    edge("b", "m", { nested: true }),
    edge("c", "m", { nested: true }),
    edge("m", "n", { nested: true }),
    edge("e", "z", { nested: true }),
    edge("a", "c"),
  ],
);

export const handRequired: Readonly<Record<string, readonly string[]>> = { c: ["city"], d: ["date", "unit"] };

export const handContext: OperationContext = {
  index: new GraphIndex(handGraph),
  requiredParameters: (id) => handRequired[id] ?? [],
};

/** A fresh path as sampleWalks makes it: one call turn per function, no operation yet. */
export function walkPath(ids: readonly string[], id = "w"): FunctionPath {
  const turns = ids.map((f) => ({ kind: "call" as const, functions: [f] }));
  return { id, turns, operations: [], initial: turns.slice() };
}

/** Turns in a compact notation for readable expectations: `b+m*` (m implicit), `miss_param(c.city)`, `irrelevant`. */
export function show(path: FunctionPath): string[] {
  return path.turns.map((turn) => {
    if (turn.kind === "call") return turn.functions.map((f) => (turn.implicit?.includes(f) ? `${f}*` : f)).join("+");
    if (turn.kind === "irrelevant") return "irrelevant";
    const { function: f, parameter } = turn.withheld ?? { function: "?" };
    return `${turn.kind}(${parameter === undefined ? f : `${f}.${parameter}`})`;
  });
}
