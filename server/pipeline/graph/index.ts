/** Local dependency graph (DESIGN.md 1.2): candidate sets, the offline scorer and the judge-driven build. */
export { buildGraph, buildGraphWithJudge } from "./build-graph";
export { candidateSets } from "./candidate-sets";
export { createOfflineJudge, offlineJudge } from "./offline-judge";
export { scorePair } from "./score-pair";
export { createTeacherJudge } from "./teacher-judge";
export {
  DEFAULT_CANDIDATES,
  DEFAULT_MIN_WEIGHT,
  type EdgeJudge,
  type GraphOptions,
  type JudgeGraphOptions,
  type JudgedEdge,
} from "./types";
