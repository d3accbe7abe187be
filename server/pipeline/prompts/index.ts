export * from "./answers";
export { askTeacher, type AskOptions, type Asked } from "./ask-teacher";
export { extractJsonObject, type ExtractJsonResult } from "./extract-json";
export { fnv1a64 } from "./hash";
export { parseAnswer, type AnswerOf, type AnswerResult, type AnswerValues } from "./parse-answer";
export type { PromptTemplate, TaskOf } from "./template";
export { buildRequest, templates, type RequestOptions } from "./templates";
