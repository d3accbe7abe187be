export { MISS_FUNC_FOLLOW_UP, translatePath } from "./translate-path";
export { asCallable, toolNames, toolSchema } from "./tool-names";
export { turnRecord, type ExecuteCall, type TranslatedPath, type TranslatedStep, type TranslatedTurn, type TranslationDeps } from "./types";
