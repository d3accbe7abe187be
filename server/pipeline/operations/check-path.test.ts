import { describe, expect, it } from "vitest";
import type { FunctionPath, Operation, Turn } from "../schemas/path";
import { applyOperation } from "./apply";
import { checkPath } from "./check-path";
import { handContext as context, walkPath } from "./test-fixtures";

const call = (...functions: string[]): Turn => ({ kind: "call", functions });
const walk = walkPath(["a", "b", "c", "d", "e"]);

/** A path whose turns were edited by hand (the history says nothing happened unless `operations` is given). */
const edited = (turns: Turn[], operations: Operation[] = [], initial: Turn[] = walk.initial): FunctionPath => ({
  id: "w",
  turns,
  operations,
  initial,
});

describe("checkPath", () => {
  it("accepts a walk and every path built from it by valid operations", () => {
    expect(checkPath(walk, context)).toEqual([]);
    const built = [
      { op: "merge", at: 0 },
      { op: "insert", function: "m", after: 1, mode: "same_turn" },
      { op: "insert", function: "n", after: 1, mode: "later_turn", at: 2 },
      { op: "split", at: 2, label: "miss_param", function: "d", parameter: "unit" },
      { op: "irrelevance", at: 6 },
    ] satisfies Operation[];
    expect(checkPath(built.reduce((path, op) => applyOperation(path, op, context), walk), context)).toEqual([]);
  });

  const cases: { name: string; path: FunctionPath; problem: string }[] = [
    { name: "no turns", path: edited([], [], []), problem: "the path has no turns" },
    { name: "no initial walk", path: edited([], [], []), problem: "the initial walk has no turns" },
    { name: "initial off the graph", path: edited([call("a"), call("d")], [], [call("a"), call("d")]), problem: "initial turn 1: the walk goes a → d, which is not an edge of the graph" },
    { name: "initial with an unknown function", path: edited([call("q")], [], [call("q")]), problem: "initial turn 0 calls q, which is not in the graph" },
    { name: "initial revisiting", path: edited([call("a"), call("a")], [], [call("a"), call("a")]), problem: "initial turn 1: the walk visits a twice" },
    { name: "initial with a miss turn", path: edited([{ kind: "irrelevant", functions: [] }], [], [{ kind: "irrelevant", functions: [] }]), problem: "initial turn 0 is not a call turn of the walk" },
    {
      name: "turns edited outside the history",
      path: edited([call("a", "b"), call("c"), call("d"), call("e")]),
      problem: "the turns are not what the operations make from the initial walk (first difference at turn 0)",
    },
    {
      name: "a turn dropped outside the history",
      path: edited([call("a"), call("b"), call("c"), call("d")]),
      problem: "the turns are not what the operations make from the initial walk (first difference at turn 4)",
    },
    {
      name: "an operation that was never valid",
      path: edited(walk.turns, [{ op: "merge", at: 9 }]),
      problem: "operations[0]: cannot merge turns 9 and 10: there is no turn 9 (the path has 5 turns)",
    },
    {
      name: "an operation applied twice",
      path: edited(walk.turns, [
        { op: "split", at: 2, label: "miss_func", function: "c" },
        { op: "split", at: 3, label: "miss_func", function: "c" },
      ]),
      problem: "operations[1]: cannot split turn 3: it is already split (turn 2 withholds c)",
    },
    { name: "a call turn calling nothing", path: edited([call("a"), call()]), problem: "turn 1 is a call turn that calls nothing" },
    { name: "an unknown function", path: edited([call("a"), call("q")]), problem: "turn 1 calls q, which is not in the graph" },
    { name: "a function called twice", path: edited([call("a"), call("b"), call("a")]), problem: "a is called in turn 0 and again in turn 2" },
    { name: "calls in a turn off the graph", path: edited([call("a", "d")]), problem: "turn 0: a → d is not an edge of the graph" },
    {
      name: "a call turn withholding",
      path: edited([{ kind: "call", functions: ["a"], withheld: { function: "a" } }]),
      problem: "turn 0 is a call turn but withholds a",
    },
    {
      name: "implicit not called",
      path: edited([{ kind: "call", functions: ["b"], implicit: ["m"] }]),
      problem: "turn 0: implicit m is not among the turn's functions",
    },
    {
      name: "implicit first",
      path: edited([{ kind: "call", functions: ["m"], implicit: ["m"] }]),
      problem: "turn 0: implicit m is the turn's first call, so nothing before it supplies its input",
    },
    {
      name: "implicit without a nested edge",
      path: edited([{ kind: "call", functions: ["a", "b"], implicit: ["b"] }]),
      problem: "turn 0: implicit b does not follow a nested edge from a",
    },
    {
      name: "a miss turn with calls",
      path: edited([{ kind: "miss_func", functions: ["c"], withheld: { function: "c" } }, call("c")]),
      problem: "turn 0 is a miss_func turn but calls functions",
    },
    { name: "a miss turn withholding nothing", path: edited([{ kind: "miss_func", functions: [] }, call("c")]), problem: "turn 0 is a miss_func turn that withholds nothing" },
    {
      name: "a miss turn not followed by its call",
      path: edited([{ kind: "miss_func", functions: [], withheld: { function: "c" } }, call("b")]),
      problem: "turn 0 withholds c but the next turn is not a call turn calling it",
    },
    {
      name: "a miss turn last",
      path: edited([call("c"), { kind: "miss_func", functions: [], withheld: { function: "c" } }]),
      problem: "turn 1 withholds c but the next turn is not a call turn calling it",
    },
    {
      name: "miss_func naming a parameter",
      path: edited([{ kind: "miss_func", functions: [], withheld: { function: "c", parameter: "city" } }, call("c")]),
      problem: "turn 0 is a miss_func turn but names the parameter city",
    },
    {
      name: "miss_param without parameter",
      path: edited([{ kind: "miss_param", functions: [], withheld: { function: "c" } }, call("c")]),
      problem: "turn 0 is a miss_param turn that names no parameter",
    },
    {
      name: "miss_param with a parameter that is not required",
      path: edited([{ kind: "miss_param", functions: [], withheld: { function: "c", parameter: "when" } }, call("c")]),
      problem: "turn 0 leaves out when, which is not a required parameter of c",
    },
    {
      name: "a miss turn withholding an unknown function",
      path: edited([{ kind: "miss_func", functions: [], withheld: { function: "q" } }, call("a")]),
      problem: "turn 0 withholds q, which is not in the graph",
    },
    {
      name: "an irrelevant turn with calls",
      path: edited([{ kind: "irrelevant", functions: ["a"] }]),
      problem: "turn 0 is an irrelevant turn but calls or withholds a function",
    },
  ];

  it.each(cases)("reports $name", ({ path, problem }) => {
    expect(checkPath(path, context)).toContain(problem);
  });
});
