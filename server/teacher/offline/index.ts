/** The offline teacher: the embedded, deterministic default backend for every MAGNET role. */
export { createOfflineTeacher, answerText, OFFLINE_BACKEND, OFFLINE_MODEL } from "./offline-teacher";
export { planArguments, argumentSeedKey, toFunctionCall, type PlannedCall, type PlannedArgument, type ValueSource } from "./plan-arguments";
export { backTranslateQuery, type BackTranslation } from "./back-translate";
export { forthTranslateCalls } from "./forth-translate";
export { judgeTurn } from "./judge-turn";
export { namesFunction } from "./words";
export { stableHash } from "./stable-hash";
