import { askTeacher } from "../prompts";
import type { FunctionSpec } from "../schemas/function-spec";
import type { Teacher } from "../teacher";
import type { EdgeJudge, JudgedEdge } from "./types";

/** Edges a judge may propose: between the target and one of its candidates, never a self-edge. */
function edgeProblem(edge: { source: string; target: string }, target: FunctionSpec, candidates: readonly FunctionSpec[]): string | null {
  const ids = new Set(candidates.map((c) => c.id));
  const joinsTarget = (edge.source === target.id && ids.has(edge.target)) || (edge.target === target.id && ids.has(edge.source));
  return joinsTarget ? null : `edge ${edge.source} -> ${edge.target} does not join ${target.id} to one of its candidates`;
}

/**
 * MAGNET's dependency judge: the teacher reads the target and its candidates (the adjacency list as
 * JSON) and answers the edges with kind, weight, nested flag and reason. Answers naming anything else
 * are refused and asked again.
 */
export function createTeacherJudge(teacher: Teacher): EdgeJudge {
  return {
    async judge(target, candidates): Promise<JudgedEdge[]> {
      const { value } = await askTeacher(
        teacher,
        { role: "judge_dependency", target, candidates },
        { validate: (answer) => answer.edges.map((edge) => edgeProblem(edge, target, candidates)).find((p) => p !== null) ?? null },
      );
      return value.edges.map(({ reason, ...edge }) => ({ ...edge, evidence: { fields: [], terms: [], reason } }));
    },
  };
}
