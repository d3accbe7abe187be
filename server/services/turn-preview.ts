import { z } from "zod";
import type { Db } from "../../db/client";
import { bindExecutors, executorKindsFor } from "../executors/choose-executor";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { createSession } from "../executors/session";
import { builtinToolkits } from "../executors/toolkits";
import { meteredTeacher } from "../jobs/metered-teacher";
import { editTurnInput, previewInput, regenerateTurnInput, type EditTurnInput, type PreviewInput, type RegenerateTurnInput } from "../jobs/run-settings";
import { formatCall } from "../pipeline/calls";
import { InvalidInput } from "../pipeline/errors";
import { createRandom } from "../pipeline/random";
import type { FunctionCall } from "../pipeline/schemas/chat";
import type { FunctionPath } from "../pipeline/schemas/path";
import type { CheckVerdict, Trajectory } from "../pipeline/schemas/trajectory";
import { TeacherError, type Teacher } from "../pipeline/teacher";
import { buildTrajectories } from "../pipeline/trajectories";
import { MISS_FUNC_FOLLOW_UP, translatePath } from "../pipeline/translation";
import type { ConfiguredTeacher } from "../teacher/create-teacher";
import type { TeacherChoice } from "../teacher/teacher-choice";
import { listFunctions } from "./catalogs";
import { getPath } from "./paths";
import type { RunUsage } from "./runs";

export interface PreviewTurn {
  index: number;
  kind: FunctionPath["turns"][number]["kind"];
  query: string;
  /** The turn after a miss_func turn says the fixed "what about now?"; its query is not the teacher's. */
  fixedQuery: boolean;
  /** Reference calls with their arguments, then their outputs, one step per dependent function. */
  steps: { calls: FunctionCall[]; outputs: unknown[] }[];
  withheld?: { function: string; parameter?: string };
  implicit: string[];
  checks: Record<string, CheckVerdict>;
  /** The judge's label of the positive trajectory's turn, when judged. */
  verdict?: string;
}

/** An assistant message of a trajectory, calls written out. */
export interface PreviewAction {
  text: string;
  calls: string[];
}

export interface PreviewNegative {
  id: string;
  errorType: string;
  /** The turn the misleading hint was given at. */
  turn: number;
  /** What the assistant did there, against the positive's action at the same turn. */
  action: PreviewAction[];
  positiveAction: PreviewAction[];
  verdict?: string;
}

export interface TurnPreview {
  pathId: string;
  seed: number;
  teacher: { backend: string; model: string };
  turns: PreviewTurn[];
  positive: { id: string; checks: Record<string, CheckVerdict>; actions: PreviewAction[][] } | null;
  negatives: PreviewNegative[];
  /** Positives the failure-text filter dropped, with the reason. */
  filtered: { id: string; reason: string }[];
  usage: RunUsage;
}

/** A teacher failure is shown with the raw answer rather than thrown: looking at it is the point of a preview. */
export type PreviewResult = { ok: true; preview: TurnPreview } | { ok: false; error: string; raw?: string };

type Resolve = (choice: TeacherChoice) => ConfiguredTeacher;

const argumentsOf = z.record(z.string(), z.unknown());

function actionsIn(trajectory: Trajectory, turn: number): PreviewAction[] {
  const range = trajectory.turns[turn]?.message_range;
  if (!range) return [];
  return trajectory.messages.slice(range[0], range[1]).flatMap((message) => {
    if (message.role !== "assistant") return [];
    const calls = (message.tool_calls ?? []).map((call) => {
      const parsed = argumentsOf.safeParse(safeJson(call.function.arguments));
      return parsed.success ? formatCall({ name: call.function.name, arguments: parsed.data }) : `${call.function.name}(${call.function.arguments})`;
    });
    return [{ text: message.content, calls }];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Answers turn `turn`'s back-translation with a person's query, so the rest of the path is derived from it exactly as from the teacher's. */
function withQuery(teacher: Teacher, turn: number, query: string): Teacher {
  return {
    backend: teacher.backend,
    model: teacher.model,
    async complete(request, signal) {
      // A turn's back-translation is the one whose history holds exactly the turns before it.
      if (request.task.role === "back_translate" && request.task.history.length === turn) {
        return { text: JSON.stringify({ query }), model: teacher.model, usage: { promptTokens: 0, completionTokens: 0 }, cached: true };
      }
      return teacher.complete(request, signal);
    },
    ...(teacher.forget ? { forget: (request) => teacher.forget?.(request) ?? Promise.resolve() } : {}),
  };
}

interface Synthesis {
  path: FunctionPath;
  seed: number;
  negatives: z.output<typeof previewInput>["negatives"];
  judge: boolean;
}

/**
 * One path synthesized as a run would synthesize it (the same steps as `synthesizePath`: translation
 * then trajectories, one execution session seeded by the path), keeping the turn-by-turn translation
 * a run does not store. Nothing is written but the teacher cache.
 */
async function synthesize(db: Db, projectId: number, input: Synthesis, configured: ConfiguredTeacher, edit?: { turn: number; query: string }): Promise<PreviewResult> {
  const functions = listFunctions(db, projectId);
  const catalog = new Map(functions.map((f) => [f.id, f]));
  const metered = meteredTeacher(configured.teacher, configured.pricing);
  const teacher = edit ? withQuery(metered.teacher, edit.turn, edit.query) : metered.teacher;
  const executors = [createJavaScriptExecutor(builtinToolkits)];
  const execute = bindExecutors(executors, createSession(`${input.seed}:${input.path.id}`));
  try {
    const translated = await translatePath(input.path, catalog, { teacher, execute, roundTrip: false });
    const result = await buildTrajectories(input.path, translated, {
      teacher,
      execute,
      random: createRandom(input.seed).fork(input.path.id),
      seed: input.seed,
      negatives: input.negatives,
      judge: input.judge,
      executorKinds: executorKindsFor(executors, translated.functions),
    });
    const positive = result.trajectories.find((t) => t.polarity === "positive");
    const turns = translated.turns.map(
      (turn, index): PreviewTurn => ({
        index,
        kind: turn.kind,
        query: turn.query,
        fixedQuery: input.path.turns[index - 1]?.kind === "miss_func",
        steps: turn.steps,
        ...(turn.withheld ? { withheld: turn.withheld } : {}),
        implicit: turn.implicit,
        checks: turn.checks,
        ...(positive?.turns[index]?.verdict === undefined ? {} : { verdict: positive.turns[index].verdict }),
      }),
    );
    const negatives = result.trajectories.flatMap((t): PreviewNegative[] => {
      if (t.polarity !== "negative") return [];
      const turn = t.pair?.turn ?? t.turns.length - 1;
      return [
        {
          id: t.id,
          errorType: t.error_type ?? "unknown",
          turn,
          action: actionsIn(t, turn),
          positiveAction: positive ? actionsIn(positive, turn) : [],
          ...(t.turns[turn]?.verdict === undefined ? {} : { verdict: t.turns[turn].verdict }),
        },
      ];
    });
    return {
      ok: true,
      preview: {
        pathId: input.path.id,
        seed: input.seed,
        teacher: { backend: configured.info.backend, model: configured.info.model },
        turns,
        positive: positive ? { id: positive.id, checks: positive.checks, actions: positive.turns.map((_, h) => actionsIn(positive, h)) } : null,
        negatives,
        filtered: result.filtered,
        usage: metered.usage,
      },
    };
  } catch (error) {
    if (error instanceof TeacherError) return { ok: false, error: `${error.code}: ${error.message}`, ...(error.raw === undefined ? {} : { raw: error.raw }) };
    throw error;
  }
}

/** One path, turn by turn (query, reference calls, outputs, checks) and its negatives, without storing a run. */
export function previewPath(db: Db, input: PreviewInput, resolve: Resolve): Promise<PreviewResult> {
  const settings = previewInput.parse(input);
  const path = getPath(db, settings.projectId, settings.pathId);
  return synthesize(db, settings.projectId, { ...settings, path }, resolve(settings.teacher));
}

const turnSignature = (turn: PreviewTurn | undefined) => JSON.stringify(turn ? { query: turn.query, steps: turn.steps, checks: turn.checks, verdict: turn.verdict } : null);

/** Indices of the turns whose query, calls, outputs, checks or verdict differ. */
export function changedTurns(before: readonly PreviewTurn[], after: readonly PreviewTurn[]): number[] {
  const length = Math.max(before.length, after.length);
  return Array.from({ length }, (_, h) => h).filter((h) => turnSignature(before[h]) !== turnSignature(after[h]));
}

export type RegenerateResult =
  | { ok: true; preview: TurnPreview; seed: number; changed: number[]; turnChanged: boolean }
  | { ok: false; error: string; raw?: string };

/** Seeds tried after the current one before saying that this turn does not depend on the seed. */
const REGENERATE_TRIES = 3;

/**
 * The pipeline translates a path as a whole (a turn's query depends on the earlier turns' outputs),
 * so "regenerate this turn" synthesizes the whole path again with the next seeds until that turn
 * comes out different, and says which turns changed.
 */
export async function regenerateTurn(db: Db, input: RegenerateTurnInput, resolve: Resolve): Promise<RegenerateResult> {
  const settings = regenerateTurnInput.parse(input);
  const path = getPath(db, settings.projectId, settings.pathId);
  if (settings.turn >= path.turns.length) throw new InvalidInput(`path ${path.id} has ${path.turns.length} turns`, { field: "turn" });
  const configured = resolve(settings.teacher);
  const before = await synthesize(db, settings.projectId, { ...settings, path }, configured);
  if (!before.ok) return before;
  let last: RegenerateResult | undefined;
  for (let seed = settings.seed + 1; seed <= settings.seed + REGENERATE_TRIES; seed++) {
    const after = await synthesize(db, settings.projectId, { ...settings, seed, path }, configured);
    if (!after.ok) return after;
    const changed = changedTurns(before.preview.turns, after.preview.turns);
    last = { ok: true, preview: after.preview, seed, changed, turnChanged: changed.includes(settings.turn) };
    if (last.turnChanged) break;
  }
  if (!last) throw new InvalidInput("nothing to regenerate", { field: "seed" });
  return last;
}

export type EditTurnResult =
  | { ok: true; preview: TurnPreview; original: TurnPreview; changed: number[] }
  | { ok: false; error: string; raw?: string };

/**
 * A turn's query replaced by a person's: the teacher derives the reference calls from it (forth
 * translation), they are executed, and the later turns and the trajectories follow from them.
 */
export async function editTurnQuery(db: Db, input: EditTurnInput, resolve: Resolve): Promise<EditTurnResult> {
  const settings = editTurnInput.parse(input);
  const path = getPath(db, settings.projectId, settings.pathId);
  if (settings.turn >= path.turns.length) throw new InvalidInput(`path ${path.id} has ${path.turns.length} turns`, { field: "turn" });
  if (path.turns[settings.turn - 1]?.kind === "miss_func") {
    throw new InvalidInput(`turn ${settings.turn} follows a miss_func turn: its query is always ${JSON.stringify(MISS_FUNC_FOLLOW_UP)}`, { field: "turn" });
  }
  const configured = resolve(settings.teacher);
  const original = await synthesize(db, settings.projectId, { ...settings, path }, configured);
  if (!original.ok) return original;
  const edited = await synthesize(db, settings.projectId, { ...settings, path }, configured, { turn: settings.turn, query: settings.query });
  if (!edited.ok) return edited;
  return { ok: true, preview: edited.preview, original: original.preview, changed: changedTurns(original.preview.turns, edited.preview.turns) };
}
