export { buildTrajectories, SYSTEM_PROMPT, type TrajectoryOptions, type TrajectoryResult } from "./build-trajectories";
export { negativePlans, type NegativePlan } from "./negative-plans";
