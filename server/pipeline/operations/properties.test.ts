import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { createRandom, type Random } from "../random";
import { GraphIndex } from "../sampling/graph-index";
import { sampleWalks, walkStrategies } from "../sampling/sample-walks";
import { syntheticGraph } from "../sampling/synthetic-graph";
import type { FunctionPath, InsertOp, Operation, SplitOp } from "../schemas/path";
import { applyOperation, replay, validateOp } from "./apply";
import { canMerge, insertCandidates, irrelevanceCandidates, splitCandidates } from "./candidates";
import { checkPath } from "./check-path";
import type { OperationContext } from "./context";
import { enhancePath } from "./enhance-path";
import { undo } from "./history";

const GRAPHS = 40;
const WALKS_PER_GRAPH = 75;
const OPS_PER_PATH = 6;

/** Some functions have no required parameter, some one, some two, fixed by the id. */
const requiredParameters = (id: string): readonly string[] => [[], ["p"], ["p", "q"]][id.length % 3] ?? [];

function randomContext(seed: number): { context: OperationContext; random: Random } {
  const random = createRandom(`graph-${seed}`);
  const graph = syntheticGraph(random.fork("graph"), {
    nodes: 2 + random.int(40),
    outDegree: 1 + random.int(6),
    nestedShare: random.next(),
    skew: 1 + random.int(3),
  });
  return { context: { index: new GraphIndex(graph), requiredParameters }, random };
}

/** Every op validateOp accepts, through the studio helpers. */
function allCandidates(path: FunctionPath, context: OperationContext): Operation[] {
  const turns = path.turns.map((_, h) => h);
  return [
    ...turns.filter((at) => canMerge(path, at, context)).map((at): Operation => ({ op: "merge", at })),
    ...turns.flatMap((h) => insertCandidates(path, h, context)),
    ...turns.flatMap((h) => splitCandidates(path, h, context)),
    ...irrelevanceCandidates(path),
  ];
}

/** Any op at all, often out of range or off the graph, to exercise the refusals. */
function arbitraryOp(path: FunctionPath, context: OperationContext, random: Random): Operation {
  const n = path.turns.length;
  const anyTurn = (): number => random.int(n + 3) - 1;
  const someFunction = (preferred: readonly string[]): string =>
    preferred.length > 0 && random.next() < 0.7 ? random.pick(preferred) : random.pick(context.index.ids);
  switch (random.int(4)) {
    case 0:
      return { op: "merge", at: anyTurn() };
    case 1: {
      const after = anyTurn();
      const last = path.turns[after]?.functions.at(-1);
      const op: InsertOp = {
        op: "insert",
        function: someFunction(last === undefined ? [] : context.index.nestedNeighbours(last)),
        after,
        mode: random.next() < 0.5 ? "same_turn" : "later_turn",
      };
      if (random.next() < 0.7) op.at = anyTurn();
      return op;
    }
    case 2: {
      const at = anyTurn();
      const f = someFunction(path.turns[at]?.functions ?? []);
      const op: SplitOp = { op: "split", at, label: random.next() < 0.5 ? "miss_func" : "miss_param", function: f };
      if (random.next() < 0.7) op.parameter = random.pick([...requiredParameters(f), "bogus"]);
      return op;
    }
    default:
      return { op: "irrelevance", at: anyTurn() };
  }
}

/** toEqual costs ~80 µs, too much for tens of thousands of checks: compare fast, and only diff on a failure. */
function expectEqual(actual: unknown, expected: unknown, where: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, where).toEqual(expected);
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Field order and absent-vs-undefined do not matter when comparing ops. */
const opFields = ["op", "at", "function", "after", "mode", "label", "parameter"] as const;
const opKey = (op: Operation): string => opFields.map((field) => String((op as Partial<Record<string, unknown>>)[field] ?? "")).join("|");

describe("operations on thousands of random paths", () => {
  it("keep every path valid, undo exactly, replay to the turns, and offer exactly the valid ops", () => {
    let applied = 0;
    let refused = 0;
    for (let g = 0; g < GRAPHS; g++) {
      const { context, random } = randomContext(g);
      const walks = sampleWalks(context.index, {
        walks: WALKS_PER_GRAPH,
        steps: 1 + random.int(9),
        strategy: random.pick(walkStrategies),
        random: random.fork("walks"),
      });
      for (const walk of walks) {
        let path = walk;
        expect(checkPath(path, context)).toEqual([]);
        for (let k = 0; k < OPS_PER_PATH; k++) {
          const candidates = allCandidates(path, context);
          const offered = new Set(candidates.map(opKey));
          const op = random.next() < 0.5 && candidates.length > 0 ? random.pick(candidates) : arbitraryOp(path, context, random);
          const where = `graph ${g}, ${path.id}, step ${k}`;
          const problem = validateOp(path, op, context);
          expectEqual(offered.has(opKey(op)), problem === null, where);
          if (problem !== null) {
            expectEqual(thrownBy(() => applyOperation(path, op, context)), new InvalidInput(problem), where);
            refused++;
            continue;
          }
          const next = applyOperation(path, op, context);
          expectEqual(checkPath(next, context), [], where);
          expectEqual(replay(next.initial, next.operations, context), next.turns, where);
          expectEqual(undo(next, context), { path, undone: op }, where);
          path = next;
          applied++;
        }
      }
    }
    // Both branches were really exercised.
    expect(applied).toBeGreaterThan(5_000);
    expect(refused).toBeGreaterThan(2_000);
  });

  it("enhancePath gives valid paths whose copies are the plain path plus one op", () => {
    let copies = 0;
    for (let g = 0; g < GRAPHS; g++) {
      const { context, random } = randomContext(g);
      const walks = sampleWalks(context.index, { walks: WALKS_PER_GRAPH, steps: 1 + random.int(9), random: random.fork("walks") });
      for (const walk of walks) {
        const out = enhancePath(walk, context, {
          random,
          mergeP: random.next(),
          insertP: random.next(),
          sameTurnShare: random.next(),
          splitP: random.next(),
          missParamShare: random.next(),
          irrelevanceP: random.next(),
        });
        const [plain, ...rest] = out;
        expect(plain?.id).toBe(walk.id);
        expect(plain?.initial).toEqual(walk.initial);
        for (const path of out) {
          const where = `graph ${g}, ${path.id}`;
          expectEqual(checkPath(path, context), [], where);
          expectEqual(replay(path.initial, path.operations, context), path.turns, where);
        }
        for (const copy of rest) {
          expect(copy.id).toMatch(new RegExp(`^${walk.id}-(split|irrelevant)$`));
          expectEqual({ ...undo(copy, context).path, id: walk.id }, plain, copy.id);
          copies++;
        }
        // No turn is merged twice: a merged turn holds two walk functions (plus inserted ones at most).
        for (const turn of plain?.turns ?? []) {
          expect(turn.functions.filter((f) => !(turn.implicit ?? []).includes(f)).length).toBeLessThanOrEqual(2);
        }
      }
    }
    expect(copies).toBeGreaterThan(1_000);
  });

  it("is deterministic by seed", () => {
    const run = (seed: string): string => {
      const { context } = randomContext(7);
      const random = createRandom(seed);
      const walks = sampleWalks(context.index, { walks: 200, random: random.fork("walks"), strategy: "coverage" });
      return JSON.stringify(walks.flatMap((walk) => enhancePath(walk, context, { random })));
    };
    expect(run("a")).toBe(run("a"));
    expect(run("a")).not.toBe(run("b"));
  });
});
