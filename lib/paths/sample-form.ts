import type { SampleSettingsInput } from "@/server/pipeline/paths/sample-settings";

/** The CLI's defaults (`magnet sample --help`); a test keeps them equal to the server's schema. */
export const SAMPLE_DEFAULTS = {
  steps: 7,
  strategy: "uniform",
  mergeP: 0.3,
  insertP: 0.3,
  splitP: 0.3,
  irrelevanceP: 0.15,
  seed: 1,
} as const;

export const STRATEGIES = ["uniform", "weight", "coverage"] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Where walks start, as the CLI's exclusive options --from-every-node / --walks / --from. */
export type StartMode = "every" | "walks" | "from";

/** The form as typed (strings, so a half-typed number is not lost). */
export interface SampleFormValues {
  start: StartMode;
  walks: string;
  from: string;
  steps: string;
  strategy: Strategy;
  mergeP: string;
  insertP: string;
  splitP: string;
  irrelevanceP: string;
  seed: string;
}

export type SampleFormErrors = Partial<Record<keyof SampleFormValues, string>>;

export function defaultSampleForm(): SampleFormValues {
  return {
    start: "every",
    walks: "100",
    from: "",
    steps: String(SAMPLE_DEFAULTS.steps),
    strategy: SAMPLE_DEFAULTS.strategy,
    mergeP: String(SAMPLE_DEFAULTS.mergeP),
    insertP: String(SAMPLE_DEFAULTS.insertP),
    splitP: String(SAMPLE_DEFAULTS.splitP),
    irrelevanceP: String(SAMPLE_DEFAULTS.irrelevanceP),
    seed: String(SAMPLE_DEFAULTS.seed),
  };
}

function integer(text: string, min: number, max: number): number | string {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return `a whole number from ${min} to ${max}`;
  const n = Number(trimmed);
  return n < min || n > max ? `a whole number from ${min} to ${max}` : n;
}

function probability(text: string): number | string {
  const trimmed = text.trim();
  const n = trimmed === "" ? Number.NaN : Number(trimmed);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : "a probability from 0 to 1";
}

/** Start ids typed as a list separated by commas, spaces or new lines. */
export function parseIds(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((s) => s.length > 0))];
}

export type ParsedSampleForm = { ok: true; settings: SampleSettingsInput } | { ok: false; errors: SampleFormErrors };

/** The settings paths.sample takes, or what is wrong with each field. */
export function parseSampleForm(form: SampleFormValues): ParsedSampleForm {
  const errors: SampleFormErrors = {};
  const take = <T>(field: keyof SampleFormValues, value: T | string): T | undefined => {
    if (typeof value === "string") {
      errors[field] = value;
      return undefined;
    }
    return value;
  };
  const steps = take<number>("steps", integer(form.steps, 1, 50));
  const seed = take<number>("seed", integer(form.seed, 0, 2 ** 32 - 1));
  const mergeP = take<number>("mergeP", probability(form.mergeP));
  const insertP = take<number>("insertP", probability(form.insertP));
  const splitP = take<number>("splitP", probability(form.splitP));
  const irrelevanceP = take<number>("irrelevanceP", probability(form.irrelevanceP));
  if (!STRATEGIES.includes(form.strategy)) errors.strategy = `one of ${STRATEGIES.join(", ")}`;
  let walks: number | undefined;
  let from: string[] | undefined;
  if (form.start === "walks") walks = take<number>("walks", integer(form.walks, 0, 1_000_000));
  if (form.start === "from") {
    from = parseIds(form.from);
    if (from.length === 0) errors.from = "at least one function id to start from";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const settings: SampleSettingsInput = {
    steps,
    strategy: form.strategy,
    mergeP,
    insertP,
    splitP,
    irrelevanceP,
    seed,
  };
  if (walks !== undefined) settings.walks = walks;
  if (from !== undefined) settings.from = from;
  return { ok: true, settings };
}

/** The `magnet sample` flags equivalent to the settings (shown under the form). */
export function cliFlags(settings: SampleSettingsInput): string {
  const flags: string[] = [];
  if (settings.walks !== undefined) flags.push(`--walks ${settings.walks}`);
  else if (settings.from !== undefined) flags.push(`--from ${settings.from.join(" ")}`);
  else flags.push("--from-every-node");
  flags.push(`--steps ${settings.steps ?? SAMPLE_DEFAULTS.steps}`);
  flags.push(`--strategy ${settings.strategy ?? SAMPLE_DEFAULTS.strategy}`);
  flags.push(`--merge-p ${settings.mergeP ?? SAMPLE_DEFAULTS.mergeP}`);
  flags.push(`--insert-p ${settings.insertP ?? SAMPLE_DEFAULTS.insertP}`);
  flags.push(`--split-p ${settings.splitP ?? SAMPLE_DEFAULTS.splitP}`);
  flags.push(`--irrelevance-p ${settings.irrelevanceP ?? SAMPLE_DEFAULTS.irrelevanceP}`);
  flags.push(`--seed ${settings.seed ?? SAMPLE_DEFAULTS.seed}`);
  return flags.join(" ");
}
