import type { z } from "zod";
import { runStartInput } from "@/server/jobs/run-settings";
import { negativeErrorTypes, type NegativeErrorType } from "@/server/pipeline/teacher";
import { fieldErrors, numberField } from "./form-values";
import { teacherChoiceOf } from "./teacher-choice-value";

/** The start form as typed. */
export interface StartFormValues {
  /** Every path of the project, or the ones ticked. */
  pathMode: "all" | "some";
  pathIds: string[];
  count: string;
  /** A teacher <select> value: "offline" or "profile:<id>". */
  teacher: string;
  negatives: NegativeErrorType[];
  seed: string;
  concurrency: string;
  judge: boolean;
  name: string;
}

export type StartFormErrors = Partial<Record<keyof StartFormValues | "projectId" | "form", string>>;

export const START_DEFAULTS = { seed: 1, concurrency: 4 } as const;

export function defaultStartForm(): StartFormValues {
  return {
    pathMode: "all",
    pathIds: [],
    count: "",
    teacher: "offline",
    negatives: [...negativeErrorTypes],
    seed: String(START_DEFAULTS.seed),
    concurrency: String(START_DEFAULTS.concurrency),
    judge: true,
    name: "",
  };
}

export type ParsedStartForm = { ok: true; input: z.output<typeof runStartInput> } | { ok: false; errors: StartFormErrors };

/** runs.start's input, checked with the router's own schema; a blank count means every chosen path. */
export function parseStartForm(projectId: number, form: StartFormValues): ParsedStartForm {
  const teacher = teacherChoiceOf(form.teacher);
  if (!teacher) return { ok: false, errors: { teacher: "choose a teacher" } };
  if (form.pathMode === "some" && form.pathIds.length === 0) return { ok: false, errors: { pathIds: "tick at least one path" } };
  const count = numberField(form.count);
  const name = form.name.trim();
  const result = runStartInput.safeParse({
    projectId,
    ...(form.pathMode === "some" ? { pathIds: form.pathIds } : {}),
    ...(count === undefined ? {} : { count }),
    teacher,
    seed: numberField(form.seed) ?? START_DEFAULTS.seed,
    negatives: form.negatives,
    judge: form.judge,
    concurrency: numberField(form.concurrency) ?? START_DEFAULTS.concurrency,
    ...(name === "" ? {} : { name }),
  });
  return result.success ? { ok: true, input: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** How many paths the run will take: the count when given, else every chosen one. */
export function plannedPaths(form: StartFormValues, projectPaths: number): number {
  const chosen = form.pathMode === "all" ? projectPaths : form.pathIds.length;
  const count = numberField(form.count);
  return typeof count === "number" && count > 0 ? Math.min(count, chosen) : chosen;
}
