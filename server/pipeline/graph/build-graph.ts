import { InvalidInput } from "../errors";
import type { FunctionSpec } from "../schemas/function-spec";
import { graphEdge, type DependencyGraph, type GraphEdge, type GraphNode } from "../schemas/graph";
import { buildCatalogIndex, type CatalogIndex } from "./catalog-index";
import { selectCandidates } from "./candidate-sets";
import { EdgeCollector } from "./edge-collector";
import type { FunctionProfile } from "./function-profile";
import { scoreProfiles } from "./score-pair";
import {
  DEFAULT_CANDIDATES,
  DEFAULT_MIN_WEIGHT,
  type GraphOptions,
  type JudgeGraphOptions,
  type JudgedEdge,
} from "./types";

const judgedEdge = graphEdge.omit({ origin: true });

/**
 * The dependency graph by the offline scorer: every candidate pair scored in both directions, once.
 * Synchronous and deterministic for a seed; the order of `functions` does not matter.
 */
export function buildGraph(functions: readonly FunctionSpec[], options: GraphOptions): DependencyGraph {
  const index = buildCatalogIndex(functions);
  const candidates = selectCandidates(index, options.candidates ?? DEFAULT_CANDIDATES, options.random);
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  // Edges per source position; positions follow id order, so sorting each bucket by target sorts the graph.
  const bySource: { target: number; edge: GraphEdge }[][] = index.profiles.map(() => []);
  const keep = (source: number, target: number): void => {
    const edge = scoreProfiles(index.profiles[source] as FunctionProfile, index.profiles[target] as FunctionProfile, index.context, minWeight);
    if (edge !== null) (bySource[source] as { target: number; edge: GraphEdge }[]).push({ target, edge: Object.assign(edge, { origin: "auto" as const }) });
  };
  candidates.forEach((set, position) => {
    for (const other of set) {
      // A pair in both ends' candidate sets is scored once, from the lower position.
      if (other < position && (candidates[other] as number[]).includes(position)) continue;
      keep(other, position);
      keep(position, other);
    }
  });
  const edges = bySource.flatMap((bucket) => bucket.sort((a, b) => a.target - b.target).map(({ edge }) => edge));
  return { nodes: nodesOf(index), edges };
}

/**
 * The dependency graph by any judge (a teacher, or `offlineJudge`): each function is judged against its
 * candidate set. Judge calls may overlap (`concurrency`), but edges are merged in function order, so
 * the graph is the same whatever order the answers arrive in.
 */
export async function buildGraphWithJudge(
  functions: readonly FunctionSpec[],
  options: JudgeGraphOptions,
): Promise<DependencyGraph> {
  const index = buildCatalogIndex(functions);
  const candidates = selectCandidates(index, options.candidates ?? DEFAULT_CANDIDATES, options.random);
  const specs = index.profiles.map((profile) => profile.spec);
  const answers: JudgedEdge[][] = new Array<JudgedEdge[]>(specs.length);
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    // After one failure the other workers stop taking targets: the build fails as a whole.
    while (next < specs.length && failure === undefined) {
      const position = next++;
      const target = specs[position] as FunctionSpec;
      const candidateSpecs = (candidates[position] ?? []).map((other) => specs[other] as FunctionSpec);
      try {
        answers[position] = checkedEdges(await options.judge.judge(target, candidateSpecs), target, candidateSpecs);
      } catch (error) {
        failure ??= { error };
        return;
      }
      done++;
      options.onProgress?.({ done, total: specs.length });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, specs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== undefined) throw failure.error;

  const collector = new EdgeCollector(options.minWeight ?? DEFAULT_MIN_WEIGHT, options.origin);
  for (const edges of answers) for (const edge of edges ?? []) collector.add(edge);
  return { nodes: nodesOf(index), edges: collector.sorted() };
}

/** A judge's answer is outside input: each edge must be well formed and join the target to one of its candidates. */
function checkedEdges(edges: readonly unknown[], target: FunctionSpec, candidates: readonly FunctionSpec[]): JudgedEdge[] {
  const allowed = new Set(candidates.map((candidate) => candidate.id));
  return edges.map((raw, position) => {
    const parsed = judgedEdge.safeParse(raw);
    if (!parsed.success) {
      throw new InvalidInput(`judge answer for ${target.id}: ${parsed.error.issues[0]?.message ?? "malformed edge"}`, {
        record: position,
      });
    }
    const { source, target: end } = parsed.data;
    const joinsCandidate = (source === target.id && allowed.has(end)) || (end === target.id && allowed.has(source));
    if (!joinsCandidate) {
      throw new InvalidInput(`judge answer for ${target.id}: edge ${source} → ${end} does not join it to a candidate`, {
        record: position,
      });
    }
    return parsed.data;
  });
}

function nodesOf(index: CatalogIndex): GraphNode[] {
  return index.profiles.map(({ spec }) => ({
    id: spec.id,
    name: spec.name,
    toolkit: spec.toolkit,
    category: spec.category,
    required: spec.parameters.required,
  }));
}
