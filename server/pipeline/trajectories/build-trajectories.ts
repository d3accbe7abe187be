import { formatCalls } from "../calls/format-calls";
import { failureTextCheck } from "../checks";
import { askTeacher } from "../prompts";
import type { Random } from "../random";
import type { ChatMessage } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { FunctionPath } from "../schemas/path";
import type { CheckVerdict, Trajectory, TrajectoryTurn } from "../schemas/trajectory";
import type { NegativeErrorType, Teacher, TurnRecord } from "../teacher";
import { toolSchema } from "../translation/tool-names";
import { turnRecord, type ExecuteCall, type TranslatedPath, type TranslatedTurn } from "../translation/types";
import { distillTurn, type DistillContext, type TurnAction } from "./distill-turn";
import { callHint, irrelevantHint, missedParamsHint, missFunctionHint, summaryHint, type Hint } from "./hints";
import { judgedPlans, negativePlans, type NegativePlan } from "./negative-plans";
import type { JudgedSample } from "../schemas/judged-sample";

export const SYSTEM_PROMPT = "You are a helpful assistant with access to tools. Call them when they help; ask when something you need is missing.";

export interface TrajectoryOptions {
  teacher: Teacher;
  execute: ExecuteCall;
  random: Random;
  seed: number;
  /** Error types to make negatives of (each where the path allows it); empty for positives only. */
  negatives: readonly NegativeErrorType[];
  /** Label every turn with the judge. */
  judge: boolean;
  executorKinds: Record<string, string>;
  /** Judged sample turns whose erroneous actions replace the rule-made negative of their error type. */
  judged?: readonly JudgedSample[];
}

export interface TrajectoryResult {
  trajectories: Trajectory[];
  /** Positives dropped by the failure-text filter, with the reason. */
  filtered: { id: string; reason: string }[];
}

function positiveHints(turn: TranslatedTurn): Hint[] {
  switch (turn.kind) {
    case "call":
      return [...turn.steps.map((s) => callHint(s.calls)), summaryHint()];
    case "miss_func":
      return [missFunctionHint()];
    case "miss_param":
      return [missedParamsHint(turn.withheld?.parameter ?? "a required value")];
    case "irrelevant":
      return [irrelevantHint()];
  }
}

/** Functions the model may call in turn h: a miss_func turn withholds its function. */
const toolsAt = (path: TranslatedPath, h: number): FunctionSpec[] => {
  const withheld = path.turns[h]?.kind === "miss_func" ? path.turns[h]?.withheld?.function : undefined;
  return path.functions.filter((f) => f.name !== withheld);
};

interface Played {
  messages: ChatMessage[];
  turns: TrajectoryTurn[];
  actions: TurnAction[];
}

class TrajectoryBuilder {
  private readonly prompts: Record<string, string>;
  private readonly knownOutputs = new Map<string, unknown[]>();

  constructor(
    private readonly path: FunctionPath,
    private readonly translated: TranslatedPath,
    private readonly options: TrajectoryOptions,
  ) {
    this.prompts = { ...translated.prompts };
    for (const turn of translated.turns) for (const step of turn.steps) this.knownOutputs.set(formatCalls(step.calls), step.outputs);
  }

  /** Tool-call ids come from the turn's own stream, so a negative shares its prefix with the positive exactly. */
  private context(h: number): DistillContext {
    return { teacher: this.options.teacher, execute: this.options.execute, random: this.options.random.fork(`turn-${h}`), knownOutputs: this.knownOutputs, prompts: this.prompts };
  }

  /** Plays turns 0..last; at `plan.turn` the misleading hints replace the positive ones. */
  private async play(plan?: NegativePlan): Promise<Played> {
    const messages: ChatMessage[] = [{ role: "system", content: SYSTEM_PROMPT }];
    const turns: TrajectoryTurn[] = [];
    const actions: TurnAction[] = [];
    const history: TurnRecord[] = [];
    const last = plan ? plan.turn : this.translated.turns.length - 1;
    for (let h = 0; h <= last; h++) {
      const turn = this.translated.turns[h];
      if (!turn) break;
      const start = messages.length;
      messages.push({ role: "user", content: turn.query });
      const misleading = plan && h === plan.turn;
      const action = await distillTurn(
        this.context(h),
        messages,
        toolsAt(this.translated, h),
        misleading ? plan.hints : positiveHints(turn),
        misleading ? { role: "distill_negative", errorType: plan.errorType } : { role: "distill_positive" },
        history,
      );
      actions.push(action);
      const reference = turn.steps.flatMap((s) => s.calls);
      turns.push({ kind: turn.kind, query: turn.query, reference, outputs: turn.steps.flatMap((s) => s.outputs), message_range: [start, messages.length] });
      history.push(turnRecord(turn));
    }
    return { messages, turns, actions };
  }

  private async judge(played: Played): Promise<void> {
    for (const [h, turn] of played.turns.entries()) {
      const action = played.actions[h];
      if (!action) continue;
      const asked = await askTeacher(this.options.teacher, {
        role: "judge_turn",
        query: turn.query,
        reference: turn.reference,
        action: { calls: action.calls, ...(action.text === undefined ? {} : { text: action.text }) },
        outputs: action.outputs,
      });
      this.prompts[asked.request.promptId] = asked.request.promptHash;
      turn.verdict = asked.value.verdict;
    }
  }

  private checks(played: Played, expected: string): Record<string, CheckVerdict> {
    const checks: Record<string, CheckVerdict> = {};
    for (const turn of this.translated.turns.slice(0, played.turns.length)) {
      for (const [name, verdict] of Object.entries(turn.checks)) {
        const merged = checks[name] ?? { passed: true, problems: [] };
        checks[name] = { passed: merged.passed && verdict.passed, problems: [...merged.problems, ...verdict.problems] };
      }
    }
    if (this.options.judge) {
      const problems = played.turns.flatMap((t, h) =>
        expected === "correct" ? (t.verdict === "correct" ? [] : [`turn ${h}: judged ${t.verdict}`]) : [],
      );
      if (expected !== "correct" && !played.turns.some((t) => t.verdict === expected)) problems.push(`no turn judged ${expected}`);
      checks.judge = { passed: problems.length === 0, problems };
    }
    return checks;
  }

  private record(id: string, played: Played, polarity: "positive" | "negative", extra: Partial<Trajectory>, expected: string): Trajectory {
    return {
      id,
      path_id: this.path.id,
      polarity,
      ...extra,
      tools: this.translated.functions.map(toolSchema),
      messages: played.messages,
      turns: played.turns,
      checks: this.checks(played, expected),
      provenance: {
        path_id: this.path.id,
        operations: this.path.operations,
        teacher: { backend: this.options.teacher.backend, model: this.options.teacher.model },
        prompts: this.prompts,
        seed: this.options.seed,
        executor: Object.fromEntries(this.translated.functions.flatMap((f) => (f.name in this.options.executorKinds ? [[f.name, this.options.executorKinds[f.name] ?? ""]] : []))),
      },
    };
  }

  /** The last tool output of a positive turn that reads as a failure ("Bad request", an `error` field). */
  private failureEnding(played: Played): string | undefined {
    for (const [h, action] of played.actions.entries()) {
      if (action.outputs.length === 0) continue;
      const verdict = failureTextCheck([action.outputs.at(-1)]);
      if (!verdict.passed) return `turn ${h}: ${verdict.problems.join("; ")}`;
    }
    return undefined;
  }

  /** One negative per wanted error type: from a judged sample where the user gave one, else made by rule. */
  private plans(): NegativePlan[] {
    const judged = judgedPlans(this.translated, this.options.judged ?? []);
    const ruled = negativePlans(this.translated).filter((p) => !judged.some((j) => j.errorType === p.errorType));
    return [...judged, ...ruled].filter((p) => this.options.negatives.includes(p.errorType));
  }

  async build(): Promise<TrajectoryResult> {
    const positive = await this.play();
    if (this.options.judge) await this.judge(positive);
    const positiveId = `${this.path.id}-pos`;
    const failure = this.failureEnding(positive);
    if (failure) return { trajectories: [], filtered: [{ id: positiveId, reason: failure }] };
    const trajectories = [this.record(positiveId, positive, "positive", {}, "correct")];
    for (const plan of this.plans()) {
      const negative = await this.play(plan);
      if (this.options.judge) await this.judge(negative);
      const range = negative.turns[plan.turn]?.message_range ?? [0, 0];
      const message = firstDifference(positive.messages, negative.messages, range[0]);
      trajectories.push(
        this.record(`${this.path.id}-neg-${plan.errorType}`, negative, "negative", { error_type: plan.errorType, pair: { positive_id: positiveId, turn: plan.turn, message } }, plan.errorType),
      );
    }
    return { trajectories, filtered: [] };
  }
}

function firstDifference(a: readonly ChatMessage[], b: readonly ChatMessage[], from: number): number {
  let i = from;
  while (i < a.length && i < b.length && JSON.stringify(a[i]) === JSON.stringify(b[i])) i++;
  return i;
}

/**
 * Trajectories by hint-based context distillation: a positive one following the reference, and a
 * negative one per applicable error type following a misleading hint. Hints stay in the teacher's
 * context; the stored messages never contain them.
 */
export function buildTrajectories(path: FunctionPath, translated: TranslatedPath, options: TrajectoryOptions): Promise<TrajectoryResult> {
  return new TrajectoryBuilder(path, translated, options).build();
}
