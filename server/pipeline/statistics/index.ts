export { type CoverageNumbers, type CoverageStatistics, coverageStatistics } from "./coverage";
export { type AcceptanceRate, type Group, type GroupCount, type NamedCount, acceptanceByErrorType, groupCounts, turnHistogram, wordCounts } from "./distributions";
export { type DecisionEvent, type ReviewDay, reviewProgress } from "./review-progress";
export { type ProjectStatistics, type StatisticsInput, projectStatistics } from "./project-statistics";
