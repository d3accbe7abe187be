import type { FunctionSpec } from "../schemas/function-spec";
import { buildCatalogIndex } from "./catalog-index";
import { profileFunction, type FunctionProfile } from "./function-profile";
import { scoreProfiles } from "./score-pair";
import { uniformContext, type ScoringContext } from "./scoring-context";
import type { EdgeJudge, JudgedEdge } from "./types";

/**
 * The deterministic scorer behind the EdgeJudge interface, with every term counting alike (it sees only
 * a target and its candidates). Scores both directions of every candidate pair.
 */
export const offlineJudge: EdgeJudge = {
  judge: (target, candidates) => judgeWith(uniformContext(), profileFunction).judge(target, candidates),
};

/**
 * The offline judge for a known catalog: terms weighed by their rarity in it, exactly as buildGraph
 * scores, so buildGraphWithJudge with this judge gives buildGraph's edges.
 */
export function createOfflineJudge(functions: readonly FunctionSpec[]): EdgeJudge {
  const index = buildCatalogIndex(functions);
  const byId = new Map(index.profiles.map((profile) => [profile.spec.id, profile]));
  return judgeWith(index.context, (spec) => {
    const known = byId.get(spec.id);
    return known !== undefined && known.spec === spec ? known : profileFunction(spec);
  });
}

function judgeWith(context: ScoringContext, profileOf: (spec: FunctionSpec) => FunctionProfile): EdgeJudge {
  return {
    judge(target: FunctionSpec, candidates: readonly FunctionSpec[]): JudgedEdge[] {
      const targetProfile = profileOf(target);
      const edges: JudgedEdge[] = [];
      for (const candidate of candidates) {
        const candidateProfile = profileOf(candidate);
        for (const edge of [
          scoreProfiles(candidateProfile, targetProfile, context),
          scoreProfiles(targetProfile, candidateProfile, context),
        ]) {
          if (edge !== null) edges.push(edge);
        }
      }
      return edges;
    },
  };
}
