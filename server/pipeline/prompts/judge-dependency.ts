import { edgeKinds } from "../schemas/graph";
import { functionDocs } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate } from "./template";

const kinds = edgeKinds.map((kind) => JSON.stringify(kind)).join(" | ");

/**
 * MAGNET's dependency prompt: the target's candidate set is given as an adjacency list in JSON, and
 * the teacher keeps the edges that hold, in either direction, with kind, weight and the nested flag.
 */
export const judgeDependency = defineTemplate({
  role: "judge_dependency",
  version: 1,
  system: `You judge dependencies between the functions (tools) of an AI assistant, to build a function dependency graph for a function-calling dataset.
A directed edge u → v holds when, in a real user task, u is called first and its output is needed to call v. It has one of three kinds:
- "premise": u's output is a precondition for calling v (file_exists → download_file: check, then act);
- "exact_input": a field of u's output is exactly one of v's inputs (search_user → get_orders, through the user id);
- "partial_input": u's output supplies part of v's inputs and the user gives the rest.
Sharing a topic or a word is not enough: name the output field and the parameter it feeds, or the precondition.
An edge is "nested" when v can take u's output directly as an argument in the same turn, so that a user asking only for v's result needs u to be called first without naming it (get_distance in miles → convert_unit to answer in kilometres).
Judge both directions of every pair the adjacency list names (target → candidate and candidate → target) and list only the edges that hold. "weight" says how strong and how sure the edge is, from 0 (barely) to 1 (certainly needed).

${JSON_ANSWER}
{"edges": [{"source": "<function id>", "target": "<function id>", "kind": ${kinds}, "weight": <number from 0 to 1>, "nested": <true or false>, "reason": "<one sentence: which output feeds which parameter, or what the premise is>"}]}
Use the function ids exactly as given. Every edge joins the target and one of its candidates. Answer {"edges": []} when no edge holds.`,
  user: `Adjacency list to judge (target id → candidate ids):
{{adjacency}}

Functions:
{{functions}}`,
  slots(task) {
    return {
      adjacency: JSON.stringify({ [task.target.id]: task.candidates.map((candidate) => candidate.id) }),
      functions: functionDocs([task.target, ...task.candidates], { withId: true }),
    };
  },
});
