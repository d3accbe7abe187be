import type { ChatMessage } from "../schemas/chat";
import type { TeacherRole, TeacherTask } from "../teacher";
import { fnv1a64 } from "./hash";

/** The task of a role (distill_positive and distill_negative share one task shape). */
export type TaskOf<R extends TeacherRole> = TeacherTask extends infer T
  ? T extends { role: infer Roles }
    ? R extends Roles
      ? T
      : never
    : never
  : never;

/**
 * The text of a template. All fixed wording lives here — the system message, the user message with
 * `{{slot}}` holes and the snippets chosen per task — so the hash changes whenever the wording does.
 * The `slots` function only fills holes with task data (and snippets); changing how it renders data
 * (render-parts.ts) is a prompt change too and needs a new version.
 */
export interface TemplateSource<R extends TeacherRole> {
  role: R;
  version: number;
  system: string;
  user: string;
  snippets?: Readonly<Record<string, string>>;
  slots(task: TaskOf<R>): Record<string, string>;
}

export interface PromptTemplate<R extends TeacherRole> {
  readonly role: R;
  readonly version: number;
  /** `role@version`. */
  readonly id: string;
  /** fnv1a64 of the template text. */
  readonly hash: string;
  render(task: TaskOf<R>): ChatMessage[];
}

const SLOT = /\{\{(\w+)\}\}/g;

/** Fills `{{slot}}` holes; a hole without a value is a bug in the template, so it throws. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(SLOT, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt slot {{${name}}} has no value`);
    return value;
  });
}

function templateText(source: Omit<TemplateSource<TeacherRole>, "slots">): string {
  const snippets = Object.entries(source.snippets ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    `${source.role}@${source.version}`,
    "--- system", source.system,
    "--- user", source.user,
    ...snippets.flatMap(([name, text]) => [`--- snippet ${name}`, text]),
  ].join("\n");
}

export function defineTemplate<R extends TeacherRole>(source: TemplateSource<R>): PromptTemplate<R> {
  return {
    role: source.role,
    version: source.version,
    id: `${source.role}@${source.version}`,
    hash: fnv1a64(templateText(source)),
    render(task) {
      const values = source.slots(task);
      return [
        { role: "system", content: fill(source.system, values) },
        { role: "user", content: fill(source.user, values) },
      ];
    },
  };
}
