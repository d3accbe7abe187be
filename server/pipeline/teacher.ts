import type { ChatMessage, FunctionCall } from "./schemas/chat";
import type { FunctionSpec } from "./schemas/function-spec";
import type { Turn } from "./schemas/path";

/** The MAGNET roles a teacher plays; each has a versioned prompt template in `prompts/`. */
export const teacherRoles = [
  "classify_domain",
  "judge_dependency",
  "judge_nested",
  "back_translate",
  "forth_translate",
  "simulate_execution",
  "distill_positive",
  "distill_negative",
  "judge_turn",
] as const;
export type TeacherRole = (typeof teacherRoles)[number];

export const negativeErrorTypes = [
  "missing_nested_call",
  "short_dependency_misuse",
  "long_dependency_misuse",
  "wrong_summarization",
  "missed_function_or_parameter",
] as const;
export type NegativeErrorType = (typeof negativeErrorTypes)[number];

/** One finished earlier turn, as later prompts see it. */
export interface TurnRecord {
  kind: Turn["kind"];
  query: string;
  calls: FunctionCall[];
  outputs: unknown[];
  /** The assistant's final text for the turn, when it answered in text. */
  answer?: string;
  /** miss_func / miss_param rounds: what was withheld, so the next round's query can supply exactly that. */
  withheld?: { function: string; parameter?: string };
}

/**
 * The structured task behind a request. LLM backends read only `messages`; the offline teacher reads
 * the task, and both answer in the format the role's template asks for, so one parser checks both.
 */
export type TeacherTask =
  | { role: "classify_domain"; function: FunctionSpec; categories: readonly string[] }
  | { role: "judge_dependency"; target: FunctionSpec; candidates: readonly FunctionSpec[] }
  | { role: "judge_nested"; source: FunctionSpec; target: FunctionSpec }
  | {
      role: "back_translate";
      turn: Turn;
      functions: readonly FunctionSpec[];
      history: readonly TurnRecord[];
      /** miss_param: the required parameter the query must leave out. */
      omit?: { function: string; parameter: string };
    }
  | { role: "forth_translate"; query: string; functions: readonly FunctionSpec[]; history: readonly TurnRecord[] }
  | { role: "simulate_execution"; call: FunctionCall; function: FunctionSpec; history: readonly TurnRecord[] }
  | {
      role: "distill_positive" | "distill_negative";
      messages: readonly ChatMessage[];
      tools: readonly FunctionSpec[];
      /** The hint's text; the template puts it after a `[Hint]` tag. Never stored in the trajectory. */
      hint: string;
      /** What the hint asks for, so the offline teacher can follow it exactly. */
      hinted: { calls: FunctionCall[] } | { text: string };
      errorType?: NegativeErrorType;
    }
  | {
      role: "judge_turn";
      query: string;
      reference: FunctionCall[];
      action: { calls: FunctionCall[]; text?: string };
      outputs: unknown[];
    };

export interface TeacherRequest {
  task: TeacherTask;
  /** The rendered prompt (system + user) that an LLM backend sends. */
  messages: ChatMessage[];
  /** `role@version` and a hash of the template, stored on every record as provenance. */
  promptId: string;
  promptHash: string;
  temperature?: number;
  maxTokens?: number;
}

export interface TeacherUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface TeacherAnswer {
  text: string;
  model: string;
  usage: TeacherUsage;
  /** True when the answer came from the cache and no request was made. */
  cached: boolean;
}

/** What the pipeline calls; backends live in server/teacher. Failures throw TeacherError. */
export interface Teacher {
  readonly backend: string;
  readonly model: string;
  complete(request: TeacherRequest, signal?: AbortSignal): Promise<TeacherAnswer>;
  /** Drops a cached answer the caller refused (it did not parse or validate), where the teacher caches. */
  forget?(request: TeacherRequest): Promise<void>;
}

export const teacherErrorCodes = ["rate_limited", "server_error", "timeout", "bad_answer", "bad_request", "auth", "network"] as const;
export type TeacherErrorCode = (typeof teacherErrorCodes)[number];

export class TeacherError extends Error {
  override readonly name = "TeacherError";
  constructor(
    readonly code: TeacherErrorCode,
    message: string,
    /** The raw answer text, when there was one (for the failure record). */
    readonly raw?: string,
    readonly retryAfterMs?: number,
    /** Tokens spent before failing (every refused attempt of a bad_answer), for cost accounting. */
    readonly usage?: TeacherUsage,
  ) {
    super(message);
  }
}
