import type { Random } from "../random";
import type { FunctionPath, InsertOp, MergeOp, Operation, SplitOp, Turn } from "../schemas/path";
import { applyOperation } from "./apply";
import { irrelevanceCandidates, splitCandidates } from "./candidates";
import type { OperationContext } from "./context";
import { dependencyProblem, insertedTurns, placementProblem } from "./insert";
import { mergedTurns, mergeProblem } from "./merge";
import { splitProblem } from "./split";
import { lastFunction, turnCalling } from "./turn-rules";

export interface EnhanceOptions {
  random: Random;
  /** Per consecutive pair of call turns (MAGNET: 0.3). */
  mergeP?: number;
  /** Per call turn whose last function has nested neighbours (no insert when the path calls them all). Default 0.3. */
  insertP?: number;
  /** Share of inserts that go into the same turn rather than after a later one. Default 0.5. */
  sameTurnShare?: number;
  /** Chance of also returning a split copy. Default 0.3. */
  splitP?: number;
  /** Share of splits that are miss_param, where the function has a required parameter. Default 0.5. */
  missParamShare?: number;
  /** Chance of also returning an irrelevance copy (the design's mixture wants about 15–17 %). Default 0.15. */
  irrelevanceP?: number;
}

/**
 * The plain path while Merge and Insert run. Each op is checked by its problem function and
 * recorded, exactly as applyOperation would, but the turns and the history grow here and the path
 * object is built once: this is the hot loop of a generation run.
 */
interface Draft {
  turns: Turn[];
  operations: Operation[];
}

function mergePass(draft: Draft, context: OperationContext, random: Random, p: number): void {
  // After a merge at i the merged turn sits at i; moving on to the pair (i + 1, i + 2) means no turn is merged twice.
  for (let i = 0; i + 1 < draft.turns.length; i++) {
    const op: MergeOp = { op: "merge", at: i };
    if (mergeProblem(draft.turns, op, context) === null && random.next() < p) {
      draft.turns = mergedTurns(draft.turns, op);
      draft.operations.push(op);
    }
  }
}

/**
 * The insert of nested neighbour v for turn h, whose dependencyProblem is null: same turn, or
 * after a later turn drawn among the valid placements.
 */
function drawInsert(turns: readonly Turn[], h: number, v: string, random: Random, sameTurnShare: number): InsertOp {
  const same: InsertOp = { op: "insert", function: v, after: h, mode: "same_turn" };
  if (random.next() < sameTurnShare) return same;
  const later: InsertOp[] = [];
  for (let at = h + 1; at < turns.length; at++) {
    if (placementProblem(turns, v, h, at) === null) later.push({ op: "insert", function: v, after: h, mode: "later_turn", at });
  }
  // The last turn has no later turn to go after, so its inserts stay in the same turn.
  return later.length > 0 ? random.pick(later) : same;
}

function insertPass(draft: Draft, context: OperationContext, random: Random, p: number, sameTurnShare: number): void {
  // Right to left: a later-turn insert lands after the current turn, so the turns still to visit keep their index
  // and the new turn is never itself a base for another insert in this pass.
  for (let h = draft.turns.length - 1; h >= 0; h--) {
    const turn = draft.turns[h] as Turn;
    const u = turn.kind === "call" ? lastFunction(turn) : undefined;
    const nested = u === undefined ? [] : context.index.nestedNeighbours(u);
    if (nested.length === 0 || random.next() >= p) continue;
    // Neighbours the path already calls are out: inserting them would repeat a call.
    const open = nested.filter((v) => turnCalling(draft.turns, v) < 0);
    if (open.length === 0) continue;
    const v = random.pick(open);
    if (dependencyProblem(draft.turns, v, h, context) !== null) continue;
    const op = drawInsert(draft.turns, h, v, random, sameTurnShare);
    draft.turns = insertedTurns(draft.turns, op);
    draft.operations.push(op);
  }
}

function splitCopy(path: FunctionPath, context: OperationContext, random: Random, missParamShare: number): FunctionPath | undefined {
  // A turn can be split at all exactly when withholding its first function is allowed (the rules on
  // the turn do not depend on which of its functions is withheld), so turns are drawn before ops are listed.
  const splittable: number[] = [];
  path.turns.forEach((turn, at) => {
    const first = turn.functions[0];
    if (first !== undefined && splitProblem(path.turns, { op: "split", at, label: "miss_func", function: first }, context) === null) {
      splittable.push(at);
    }
  });
  if (splittable.length === 0) return undefined;
  const ops = splitCandidates(path, random.pick(splittable), context);
  // Function first, then label: a function with more required parameters is not more likely.
  const target = random.pick([...new Set(ops.map((op) => op.function))]);
  const missParam = ops.filter((op) => op.function === target && op.label === "miss_param");
  const missFunc = ops.find((op) => op.function === target && op.label === "miss_func");
  const op: SplitOp | undefined =
    missParam.length > 0 && (missFunc === undefined || random.next() < missParamShare) ? random.pick(missParam) : missFunc;
  return op === undefined ? undefined : { ...applyOperation(path, op, context), id: `${path.id}-split` };
}

function irrelevanceCopy(path: FunctionPath, context: OperationContext, random: Random): FunctionPath | undefined {
  const ops = irrelevanceCandidates(path);
  if (ops.length === 0) return undefined;
  return { ...applyOperation(path, random.pick(ops), context), id: `${path.id}-irrelevant` };
}

/**
 * MAGNET's node operations on a sampled path, in its order: Merge (left to right, each pair of call
 * turns with probability mergeP), then Insert (per turn with probability insertP). That plain path
 * always goes on; a Split is applied to a copy (id `${id}-split`) and an irrelevant turn to another
 * (id `${id}-irrelevant`), so the result is [plain], [plain, split], [plain, irrelevant] or all
 * three. Every operation is validated and recorded, so each result passes checkPath. Random draws
 * happen in that order, so the output is fixed by the random source state.
 */
export function enhancePath(path: FunctionPath, context: OperationContext, options: EnhanceOptions): FunctionPath[] {
  const { random } = options;
  const draft: Draft = { turns: path.turns, operations: [...path.operations] };
  mergePass(draft, context, random, options.mergeP ?? 0.3);
  insertPass(draft, context, random, options.insertP ?? 0.3, options.sameTurnShare ?? 0.5);
  const plain: FunctionPath = { id: path.id, turns: draft.turns, operations: draft.operations, initial: path.initial };
  const out = [plain];
  if (random.next() < (options.splitP ?? 0.3)) {
    const split = splitCopy(plain, context, random, options.missParamShare ?? 0.5);
    if (split !== undefined) out.push(split);
  }
  if (random.next() < (options.irrelevanceP ?? 0.15)) {
    const irrelevant = irrelevanceCopy(plain, context, random);
    if (irrelevant !== undefined) out.push(irrelevant);
  }
  return out;
}
