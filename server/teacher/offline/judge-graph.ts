import { scorePair } from "../../pipeline/graph";
import type { z } from "zod";
import type { judgeDependencyAnswer, judgeNestedAnswer } from "../../pipeline/prompts/answers";
import type { TaskOf } from "../../pipeline/prompts/template";
import type { EdgeEvidence } from "../../pipeline/schemas/graph";

/** The judge's one-sentence reason: its own, or which output feeds which parameter. */
function reasonOf(evidence: EdgeEvidence): string {
  if (evidence.reason !== undefined && evidence.reason.length > 0) return evidence.reason;
  const field = evidence.fields[0];
  if (field !== undefined) return `output ${field.output} feeds parameter ${field.parameter}`;
  return evidence.terms.length > 0 ? `shared terms: ${evidence.terms.slice(0, 5).join(", ")}` : "related functions";
}

/** MAGNET's dependency judgement by the deterministic graph scorer, both directions of every candidate pair. */
export function judgeDependency(task: TaskOf<"judge_dependency">): z.infer<typeof judgeDependencyAnswer> {
  const edges = task.candidates.flatMap((candidate) => [scorePair(candidate, task.target), scorePair(task.target, candidate)]).filter((edge) => edge !== null);
  return {
    edges: edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      weight: Math.min(1, Math.max(0, edge.weight)),
      nested: edge.nested,
      reason: reasonOf(edge.evidence),
    })),
  };
}

/** Whether the source's output can fill a parameter of the target in the same turn, by the scorer. */
export function judgeNested(task: TaskOf<"judge_nested">): z.infer<typeof judgeNestedAnswer> {
  const edge = scorePair(task.source, task.target);
  if (edge === null) return { nested: false, reason: `nothing of ${task.source.name}'s output feeds ${task.target.name}` };
  const parameter = edge.evidence.fields[0]?.parameter;
  return {
    nested: edge.nested,
    ...(edge.nested && parameter !== undefined ? { parameter } : {}),
    reason: reasonOf(edge.evidence),
  };
}
