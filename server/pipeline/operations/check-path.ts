import { InvalidInput } from "../errors";
import type { FunctionPath, Turn } from "../schemas/path";
import { replay } from "./apply";
import type { OperationContext } from "./context";
import { isMissKind } from "./turn-rules";

const sameList = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Structural equality of turns; a missing `implicit` equals an empty one. */
function sameTurn(a: Turn, b: Turn): boolean {
  return (
    a.kind === b.kind &&
    sameList(a.functions, b.functions) &&
    sameList(a.implicit, b.implicit) &&
    a.withheld?.function === b.withheld?.function &&
    a.withheld?.parameter === b.withheld?.parameter
  );
}

/** The initial turns must be a walk: call turns whose functions, read in order, follow graph edges. */
function initialProblems(path: FunctionPath, context: OperationContext): string[] {
  const problems: string[] = [];
  if (path.initial.length === 0) problems.push("the initial walk has no turns");
  let previous: string | undefined;
  const seen = new Set<string>();
  path.initial.forEach((turn, h) => {
    if (turn.kind !== "call" || turn.functions.length === 0) {
      problems.push(`initial turn ${h} is not a call turn of the walk`);
    }
    for (const f of turn.functions) {
      if (!context.index.has(f)) problems.push(`initial turn ${h} calls ${f}, which is not in the graph`);
      else if (previous !== undefined && !context.index.hasEdge(previous, f)) {
        problems.push(`initial turn ${h}: the walk goes ${previous} → ${f}, which is not an edge of the graph`);
      }
      if (seen.has(f)) problems.push(`initial turn ${h}: the walk visits ${f} twice`);
      seen.add(f);
      previous = f;
    }
  });
  return problems;
}

function callTurnProblems(turn: Turn, h: number, context: OperationContext, calledIn: Map<string, number>): string[] {
  const problems: string[] = [];
  if (turn.functions.length === 0) problems.push(`turn ${h} is a call turn that calls nothing`);
  if (turn.withheld !== undefined) problems.push(`turn ${h} is a call turn but withholds ${turn.withheld.function}`);
  turn.functions.forEach((f, i) => {
    if (!context.index.has(f)) problems.push(`turn ${h} calls ${f}, which is not in the graph`);
    const earlier = calledIn.get(f);
    if (earlier !== undefined) problems.push(`${f} is called in turn ${earlier} and again in turn ${h}`);
    calledIn.set(f, h);
    const before = turn.functions[i - 1];
    // Within a turn every call uses the one before it: walk steps and merges follow edges, same-turn inserts nested ones.
    if (before !== undefined && !context.index.hasEdge(before, f)) {
      problems.push(`turn ${h}: ${before} → ${f} is not an edge of the graph`);
    }
  });
  for (const f of turn.implicit ?? []) {
    const i = turn.functions.indexOf(f);
    if (i < 0) problems.push(`turn ${h}: implicit ${f} is not among the turn's functions`);
    else if (i === 0) problems.push(`turn ${h}: implicit ${f} is the turn's first call, so nothing before it supplies its input`);
    else if (!context.index.isNested(turn.functions[i - 1] ?? "", f)) {
      problems.push(`turn ${h}: implicit ${f} does not follow a nested edge from ${turn.functions[i - 1]}`);
    }
  }
  return problems;
}

function missTurnProblems(turn: Turn, h: number, next: Turn | undefined, context: OperationContext): string[] {
  const problems: string[] = [];
  if (turn.functions.length > 0 || (turn.implicit ?? []).length > 0) problems.push(`turn ${h} is a ${turn.kind} turn but calls functions`);
  const withheld = turn.withheld;
  if (withheld === undefined) return [...problems, `turn ${h} is a ${turn.kind} turn that withholds nothing`];
  if (!context.index.has(withheld.function)) problems.push(`turn ${h} withholds ${withheld.function}, which is not in the graph`);
  if (turn.kind === "miss_func" && withheld.parameter !== undefined) {
    problems.push(`turn ${h} is a miss_func turn but names the parameter ${withheld.parameter}`);
  }
  if (turn.kind === "miss_param") {
    const required = context.requiredParameters(withheld.function);
    if (withheld.parameter === undefined) problems.push(`turn ${h} is a miss_param turn that names no parameter`);
    else if (!required.includes(withheld.parameter)) {
      problems.push(`turn ${h} leaves out ${withheld.parameter}, which is not a required parameter of ${withheld.function}`);
    }
  }
  if (next?.kind !== "call" || !next.functions.includes(withheld.function)) {
    problems.push(`turn ${h} withholds ${withheld.function} but the next turn is not a call turn calling it`);
  }
  return problems;
}

/**
 * Every reason the path is not valid; empty when it is. Checks that the turns are exactly what the
 * recorded operations make from the initial walk (so every op was valid where it was applied and
 * none was applied twice), and that each turn is well formed on its own: call turns call known
 * functions, each function once in the whole path, consecutive calls within a turn follow graph
 * edges, implicit functions are among the turn's calls and follow a nested edge; miss turns are
 * empty, withhold a function (and a required parameter for miss_param) and are followed by the call
 * turn that calls it; irrelevant turns are empty.
 */
export function checkPath(path: FunctionPath, context: OperationContext): string[] {
  const problems = initialProblems(path, context);
  if (path.turns.length === 0) problems.push("the path has no turns");
  try {
    const replayed = replay(path.initial, path.operations, context);
    const differs = replayed.findIndex((turn, h) => {
      const actual = path.turns[h];
      return actual === undefined || !sameTurn(turn, actual);
    });
    if (differs >= 0 || replayed.length !== path.turns.length) {
      const at = differs >= 0 ? differs : Math.min(replayed.length, path.turns.length);
      problems.push(`the turns are not what the operations make from the initial walk (first difference at turn ${at})`);
    }
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    problems.push(`${error.location.field}: ${error.reason}`);
  }
  const calledIn = new Map<string, number>();
  path.turns.forEach((turn, h) => {
    if (turn.kind === "call") problems.push(...callTurnProblems(turn, h, context, calledIn));
    else if (isMissKind(turn.kind)) problems.push(...missTurnProblems(turn, h, path.turns[h + 1], context));
    else if (turn.functions.length > 0 || turn.withheld !== undefined || (turn.implicit ?? []).length > 0) {
      problems.push(`turn ${h} is an irrelevant turn but calls or withholds a function`);
    }
  });
  return problems;
}
