import type { InsertOp, PathChoices, PathLink, SplitOp, Turn } from "./types";

/** The choices of one turn lane. */
export interface TurnChoices {
  index: number;
  /** merge(index, index + 1) is valid. */
  mergeWithNext: boolean;
  /** Inserts depending on this turn's last function (`after === index`). */
  inserts: InsertOp[];
  /** Splits of this turn (`at === index`). */
  splits: SplitOp[];
}

/** Spreads paths.choices over the lanes; choices for turns the path does not have are dropped. */
export function choicesByTurn(choices: Pick<PathChoices, "merge" | "insert" | "split">, turnCount: number): TurnChoices[] {
  const lanes: TurnChoices[] = Array.from({ length: turnCount }, (_, index) => ({ index, mergeWithNext: false, inserts: [], splits: [] }));
  for (const at of choices.merge) {
    const lane = lanes[at];
    if (lane && at + 1 < turnCount) lane.mergeWithNext = true;
  }
  for (const op of choices.insert) lanes[op.after]?.inserts.push(op);
  for (const op of choices.split) lanes[op.at]?.splits.push(op);
  return lanes;
}

export interface InsertGroup {
  function: string;
  sameTurn?: InsertOp;
  later: InsertOp[];
}

/** Inserts of one turn grouped per suggested neighbour, in the order the server gives them. */
export function groupInserts(inserts: readonly InsertOp[]): InsertGroup[] {
  const groups = new Map<string, InsertGroup>();
  for (const op of inserts) {
    let group = groups.get(op.function);
    if (!group) {
      group = { function: op.function, later: [] };
      groups.set(op.function, group);
    }
    if (op.mode === "same_turn") group.sameTurn ??= op;
    else group.later.push(op);
  }
  return [...groups.values()];
}

/** Where link k (calls[k] → calls[k + 1]) is drawn: inside turn `turn` before function `position`, or before the turn when position is 0. */
export interface LinkPlace {
  link: number;
  turn: number;
  position: number;
}

/** The place of every link of a path, in link order (one fewer than the calls). */
export function linkPlaces(turns: readonly Turn[]): LinkPlace[] {
  const places: LinkPlace[] = [];
  let calls = 0;
  turns.forEach((turn, t) => {
    turn.functions.forEach((_, position) => {
      if (calls > 0) places.push({ link: calls - 1, turn: t, position });
      calls++;
    });
  });
  return places;
}

/** Links drawn inside each turn (keyed by position > 0) and before each turn (position 0). */
export function linksByTurn(turns: readonly Turn[], links: readonly PathLink[]): { inside: Map<number, Map<number, number>>; before: Map<number, number> } {
  const inside = new Map<number, Map<number, number>>();
  const before = new Map<number, number>();
  for (const place of linkPlaces(turns)) {
    if (place.link >= links.length) continue;
    if (place.position === 0) before.set(place.turn, place.link);
    else {
      let row = inside.get(place.turn);
      if (!row) inside.set(place.turn, (row = new Map()));
      row.set(place.position, place.link);
    }
  }
  return { inside, before };
}

const article = (kind: string) => (kind === "irrelevant" ? "an" : "a");

/** Why turn t cannot take part in a merge, as the end of "merging these turns would join turn t, …", or null. */
function notCallReason(turns: readonly Turn[], t: number): string | null {
  const turn = turns[t];
  if (!turn) return `turn ${t}, which does not exist`;
  if (turn.kind === "call") return turn.functions.length === 0 ? `turn ${t}, which calls no function` : null;
  if (turn.kind === "irrelevant") return `turn ${t}, an irrelevant turn that calls nothing`;
  const w = turn.withheld?.function;
  return `turn ${t}, a ${turn.kind} turn that must stay on its own right before the call that supplies ${w ?? "what it withholds"}`;
}

/**
 * Why merge(at, at + 1) is not offered, as a sentence for the button's tooltip. `hasEdge` says whether
 * u → v is an edge of the graph (the UI reads it from choices.links).
 */
export function mergeBlockReason(turns: readonly Turn[], at: number, hasEdge: (u: string, v: string) => boolean): string {
  if (at + 1 >= turns.length) return `merging needs a turn after turn ${at}`;
  const problem = notCallReason(turns, at) ?? notCallReason(turns, at + 1);
  if (problem) return `merging these turns would join ${problem}`;
  const u = turns[at]?.functions.at(-1) ?? "";
  const v = turns[at + 1]?.functions[0] ?? "";
  if (!hasEdge(u, v)) return `merging these turns would ask for ${v} in the same query as ${u}, but ${u} → ${v} is not an edge of the graph, so ${v} cannot use ${u}'s output`;
  return "merging these turns is not allowed by the graph";
}

/** Why a turn offers no insert. */
export function noInsertReason(turns: readonly Turn[], at: number): string {
  const turn = turns[at];
  if (!turn) return `there is no turn ${at}`;
  if (turn.kind !== "call") return `turn ${at} is ${article(turn.kind)} ${turn.kind} turn: only a call turn's last function has neighbours to insert`;
  const last = turn.functions.at(-1);
  if (last === undefined) return `turn ${at} calls no function`;
  return `the graph suggests no nested neighbour of ${last} that the path does not call yet`;
}

/** Why a turn offers no split. */
export function noSplitReason(turns: readonly Turn[], at: number): string {
  const turn = turns[at];
  if (!turn) return `there is no turn ${at}`;
  if (turn.kind !== "call") return `turn ${at} is ${article(turn.kind)} ${turn.kind} turn: only call turns split`;
  const before = turns[at - 1];
  if (before && (before.kind === "miss_func" || before.kind === "miss_param")) {
    return `turn ${at} is already split: turn ${at - 1} withholds ${before.withheld?.function ?? "one of its functions"}`;
  }
  return `no function of turn ${at} can be withheld`;
}

/** A set-backed `hasEdge` from the links of a draft (edges that are null are not in the graph). */
export function edgeLookup(links: readonly PathLink[]): (u: string, v: string) => boolean {
  const known = new Set(links.filter((l) => l.edge !== null).map((l) => `${l.source}\u0000${l.target}`));
  return (u, v) => known.has(`${u}\u0000${v}`);
}
