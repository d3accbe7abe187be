import { formatCall } from "../calls";
import type { ToolSchema } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { perFunction } from "./tool-cache";

export interface BfclFunction {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** A BFCL multi-turn test entry: one question list per turn; `missed_function` maps a turn index to the names added back there. */
export interface BfclEntry {
  id: string;
  question: { role: "user"; content: string }[][];
  function: BfclFunction[];
  missed_function?: Record<string, string[]>;
}

/** The possible-answer row: per turn, the reference calls as Python call strings. */
export interface BfclAnswer {
  id: string;
  ground_truth: string[][];
}

export interface BfclRows {
  entry: BfclEntry;
  answer: BfclAnswer;
}

/** BFCL's schema dialect: `dict` for object and `float` for number, at every depth. */
function toBfclSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toBfclSchema);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key === "type" && value === "object") return [key, "dict"];
      if (key === "type" && value === "number") return [key, "float"];
      // `properties` maps names to schemas; a parameter named `type` must not be mistaken for a type keyword.
      if (key === "properties" && typeof value === "object" && value !== null) {
        return [key, Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toBfclSchema(sub)]))];
      }
      return [key, toBfclSchema(value)];
    }),
  );
}

export const toBfclFunction = (tool: ToolSchema): BfclFunction => ({
  name: tool.function.name,
  description: tool.function.description,
  parameters: toBfclSchema(tool.function.parameters) as Record<string, unknown>,
});

/** A catalog id is the name, or `toolkit.name` when names collide. */
const idMatches = (id: string, name: string): boolean => id === name || id.endsWith(`.${name}`);

/**
 * The function each miss_func turn withholds, by turn index. The split operation names it; the split
 * also puts it in the very next turn's calls, which tells several miss_func splits apart (later
 * operations renumber turns, so the split's own `at` cannot be trusted).
 */
function withheldFunctions(record: Trajectory): Map<number, string> {
  const names = record.tools.map((tool) => tool.function.name);
  const splits = record.provenance.operations.flatMap((op) =>
    op.op === "split" && op.label === "miss_func" ? names.filter((name) => idMatches(op.function, name)).slice(0, 1) : [],
  );
  const withheld = new Map<number, string>();
  let ordinal = 0;
  record.turns.forEach((turn, index) => {
    if (turn.kind !== "miss_func") return;
    const next = new Set(record.turns[index + 1]?.reference.map((call) => call.name) ?? []);
    const name = splits.find((split) => next.has(split)) ?? splits[ordinal];
    ordinal++;
    if (name !== undefined) withheld.set(index, name);
  });
  return withheld;
}

/**
 * BFCL multi-turn's miss_func convention: the withheld function is left out of `function`, and
 * `missed_function[k]` adds it back at turn k, the turn after the miss. BFCL asserts that such a turn
 * has no user message (its runner supplies "I have added some more functions…" itself), so that
 * turn's question is empty. A miss_func at the last turn never adds its function back.
 */
export function toBfcl(record: Trajectory): BfclRows {
  const { question, shown, missed } = entryParts(record);
  const entry: BfclEntry = {
    id: record.id,
    question,
    function: shown.map(toBfclFunction),
    ...(Object.keys(missed).length > 0 ? { missed_function: missed } : {}),
  };
  return { entry, answer: bfclAnswer(record) };
}

/** `JSON.stringify` of `toBfcl(record)`'s entry and answer, with each function's remembered text. */
export function bfclLines(record: Trajectory): [string, string] {
  const { question, shown, missed } = entryParts(record);
  const functions = shown.map((tool) => bfclFunctionJson(tool.function)).join(",");
  const missedJson = Object.keys(missed).length > 0 ? `,"missed_function":${JSON.stringify(missed)}` : "";
  return [`{"id":${JSON.stringify(record.id)},"question":${JSON.stringify(question)},"function":[${functions}]${missedJson}}`, JSON.stringify(bfclAnswer(record))];
}

const bfclFunctionJson = perFunction((fn) => JSON.stringify(toBfclFunction({ type: "function", function: fn })));

/** The entry's questions, the functions it shows, and the ones it adds back at later turns. */
function entryParts(record: Trajectory): { question: BfclEntry["question"]; shown: ToolSchema[]; missed: Record<string, string[]> } {
  const withheld = withheldFunctions(record);
  const missed: Record<string, string[]> = {};
  const readded = new Set<number>();
  for (const [index, name] of withheld) {
    if (index + 1 >= record.turns.length) continue;
    (missed[String(index + 1)] ??= []).push(name);
    readded.add(index + 1);
  }
  const hidden = new Set(withheld.values());
  return {
    question: record.turns.map((turn, index) => (readded.has(index) ? [] : [{ role: "user", content: turn.query }])),
    shown: record.tools.filter((tool) => !hidden.has(tool.function.name)),
    missed,
  };
}

const bfclAnswer = (record: Trajectory): BfclAnswer => ({ id: record.id, ground_truth: record.turns.map((turn) => turn.reference.map((call) => formatCall(call, "python"))) });
