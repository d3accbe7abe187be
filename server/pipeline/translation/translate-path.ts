import { failureTextCheck, roundTripCheck, schemaCheck, unknownNamesCheck } from "../checks";
import { InvalidInput } from "../errors";
import { askTeacher } from "../prompts";
import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { FunctionPath, Turn } from "../schemas/path";
import type { CheckVerdict } from "../schemas/trajectory";
import type { TeacherRole, TurnRecord } from "../teacher";
import { asCallable, toolNames } from "./tool-names";
import { turnRecord, type TranslatedPath, type TranslatedStep, type TranslatedTurn, type TranslationDeps } from "./types";

/** MAGNET's follow-up after a miss_func turn: the function is back in the tools. */
export const MISS_FUNC_FOLLOW_UP = "I have added more functions, what about now?";
const MAX_PARALLEL_CALLS = 3;

function callProblems(calls: readonly FunctionCall[], spec: FunctionSpec): string | null {
  if (calls.length === 0) return `expected a call of ${spec.name}, got none`;
  if (calls.length > MAX_PARALLEL_CALLS) return `at most ${MAX_PARALLEL_CALLS} calls, got ${calls.length}`;
  const names = unknownNamesCheck(calls, [spec]);
  if (!names.passed) return names.problems.join("; ");
  const schema = calls.map((call) => schemaCheck(spec, call)).flatMap((v) => v.problems);
  return schema.length > 0 ? schema.join("; ") : null;
}

function mergeVerdicts(verdicts: readonly CheckVerdict[]): CheckVerdict {
  const problems = verdicts.flatMap((v) => v.problems);
  return { passed: problems.length === 0, problems };
}

class PathTranslator {
  private readonly prompts: Record<string, string> = {};
  private readonly byId: Map<string, FunctionSpec>;

  constructor(
    private readonly path: FunctionPath,
    private readonly deps: TranslationDeps,
    catalog: ReadonlyMap<string, FunctionSpec>,
  ) {
    const ids = [...new Set(path.turns.flatMap((t) => [...t.functions, ...(t.withheld ? [t.withheld.function] : [])]))];
    const specs = ids.map((id) => {
      const spec = catalog.get(id);
      if (!spec) throw new InvalidInput(`path ${path.id} uses ${JSON.stringify(id)}, which is not in the catalog`, { field: "turns" });
      return spec;
    });
    const names = toolNames(specs);
    this.byId = new Map(specs.map((spec) => [spec.id, asCallable(spec, names.get(spec.id) ?? spec.name)]));
  }

  private spec(id: string): FunctionSpec {
    const spec = this.byId.get(id);
    if (!spec) throw new InvalidInput(`unknown function ${JSON.stringify(id)}`);
    return spec;
  }

  private async ask<R extends TeacherRole>(...args: Parameters<typeof askTeacher<R>>) {
    const asked = await askTeacher<R>(...args);
    this.prompts[asked.request.promptId] = asked.request.promptHash;
    return asked;
  }

  private async backTranslate(turn: Turn, functions: FunctionSpec[], history: readonly TurnRecord[]): Promise<string> {
    const named = { ...turn, functions: turn.functions.map((id) => this.spec(id).name), implicit: (turn.implicit ?? []).map((id) => this.spec(id).name) };
    const omitted = turn.kind === "miss_param" && turn.withheld?.parameter !== undefined;
    const { value } = await this.ask(this.deps.teacher, {
      role: "back_translate",
      turn: named,
      functions,
      history,
      ...(omitted && turn.withheld ? { omit: { function: this.spec(turn.withheld.function).name, parameter: turn.withheld.parameter ?? "" } } : {}),
    });
    return value.query;
  }

  private async forthTranslate(query: string, spec: FunctionSpec, history: readonly TurnRecord[]): Promise<FunctionCall[]> {
    const { value } = await this.ask(
      this.deps.teacher,
      { role: "forth_translate", query, functions: [spec], history },
      { validate: (action) => (action.type === "calls" ? callProblems(action.calls, spec) : `expected calls of ${spec.name}, got text`) },
    );
    if (value.type !== "calls") throw new InvalidInput("forth translation answered text");
    return value.calls;
  }

  /** What the teacher sees when translating step `position` of a turn: earlier turns, then this turn's earlier steps. */
  private stepContext(turn: Turn, query: string, history: readonly TurnRecord[], steps: readonly TranslatedStep[]): readonly TurnRecord[] {
    if (steps.length === 0) return history;
    return [...history, { kind: turn.kind, query, calls: steps.flatMap((s) => s.calls), outputs: steps.flatMap((s) => s.outputs) }];
  }

  /** Functions of one turn are translated and run one at a time, so a later one can use an earlier one's output. */
  private async callTurn(turn: Turn, query: string, history: readonly TurnRecord[]): Promise<TranslatedStep[]> {
    const steps: TranslatedStep[] = [];
    for (const id of turn.functions) {
      const spec = this.spec(id);
      const context = this.stepContext(turn, query, history, steps);
      const calls = await this.forthTranslate(query, spec, context);
      const outputs: unknown[] = [];
      for (const call of calls) outputs.push(await this.deps.execute(call, spec, context));
      steps.push({ calls, outputs });
    }
    return steps;
  }

  /** The teacher re-derives each step's calls from the query, with the same context the step had. */
  private async roundTrip(query: string, turn: Turn, steps: readonly TranslatedStep[], history: readonly TurnRecord[]): Promise<CheckVerdict> {
    const verdicts: CheckVerdict[] = [];
    for (const [position, id] of turn.functions.entries()) {
      const spec = this.spec(id);
      const context = this.stepContext(turn, query, history, steps.slice(0, position));
      const { value } = await this.ask(this.deps.teacher, { role: "forth_translate", query, functions: [spec], history: context }, { temperature: 0.7 });
      const reference = steps[position]?.calls ?? [];
      verdicts.push(value.type === "calls" ? roundTripCheck(reference, value.calls) : { passed: false, problems: [`${spec.name}: re-derived text, not calls`] });
    }
    return mergeVerdicts(verdicts);
  }

  private async turn(turn: Turn, previous: Turn | undefined, history: readonly TurnRecord[]): Promise<TranslatedTurn> {
    const implicit = (turn.implicit ?? []).map((id) => this.spec(id).name);
    if (turn.kind !== "call") {
      const withheld = turn.withheld ? this.spec(turn.withheld.function) : undefined;
      const functions = withheld ? [withheld] : [...this.byId.values()];
      const query = await this.backTranslate(turn, functions, history);
      return {
        kind: turn.kind,
        query,
        steps: [],
        implicit,
        ...(withheld ? { withheld: { function: withheld.name, ...(turn.withheld?.parameter ? { parameter: turn.withheld.parameter } : {}) } } : {}),
        checks: {},
      };
    }
    const functions = turn.functions.map((id) => this.spec(id));
    const afterMissFunc = previous?.kind === "miss_func";
    const query = afterMissFunc ? MISS_FUNC_FOLLOW_UP : await this.backTranslate(turn, functions, history);
    // "What about now?" carries no values: the calls come from the request the miss turn asked.
    const request = afterMissFunc ? (history.at(-1)?.query ?? query) : query;
    const steps = await this.callTurn(turn, request, history);
    const calls = steps.flatMap((s) => s.calls);
    const checks: Record<string, CheckVerdict> = {
      schema: mergeVerdicts(steps.flatMap((s) => s.calls.map((call) => schemaCheck(this.specByName(call.name), call)))),
      unknown_names: unknownNamesCheck(calls, functions),
      failure_text: failureTextCheck(steps.flatMap((s) => s.outputs)),
    };
    if (this.deps.roundTrip) checks.round_trip = await this.roundTrip(request, turn, steps, history);
    return { kind: "call", query, steps, implicit, checks };
  }

  private specByName(name: string): FunctionSpec {
    for (const spec of this.byId.values()) if (spec.name === name) return spec;
    throw new InvalidInput(`unknown function ${JSON.stringify(name)}`);
  }

  async run(): Promise<TranslatedPath> {
    const turns: TranslatedTurn[] = [];
    for (const [h, turn] of this.path.turns.entries()) {
      turns.push(await this.turn(turn, this.path.turns[h - 1], turns.map(turnRecord)));
    }
    return { pathId: this.path.id, functions: [...this.byId.values()], turns, prompts: this.prompts };
  }
}

/**
 * Back-and-forth translation of a path, turn by turn so that each turn's outputs exist before the
 * next is written: the teacher plays the user (query), then the agent (reference calls), and the
 * calls are executed.
 */
export function translatePath(
  path: FunctionPath,
  catalog: ReadonlyMap<string, FunctionSpec>,
  deps: TranslationDeps,
): Promise<TranslatedPath> {
  return new PathTranslator(path, deps, catalog).run();
}
