import { buckets, type Bucket } from "@/server/pipeline/export/sample-kind";
import { formatNames, type FormatName } from "@/server/pipeline/formats";
import { reviewStatuses, type ReviewStatus } from "@/server/pipeline/schemas/review";
import { exportRequest, pairLevels, type BenchmarkUpload, type ExportRequest } from "@/server/exports/export-request";

export { buckets, formatNames, pairLevels, reviewStatuses, type Bucket, type FormatName, type ReviewStatus };
export type PairLevel = (typeof pairLevels)[number];

/** The CLI's defaults (`magnet export --help`), kept equal to the server's schema by a test. */
export const EXPORT_DEFAULTS = { split: 0.95, seed: 1, dedupe: true, pairLevel: "turn", statuses: ["accepted"] } as const;

/** The default target when the user switches from "keep all" to shares: the paper's mix with 16 % irrelevance. */
export const DEFAULT_SHARES: Record<Bucket, string> = { single: "20", parallel: "10", multiple: "10", multi_turn: "44", irrelevance: "16" };

/** The form as typed (numbers as strings, so a half-typed one is not lost). */
export interface ExportFormValues {
  formats: FormatName[];
  statuses: ReviewStatus[];
  /** null: every run of the project. */
  runIds: number[] | null;
  keepAll: boolean;
  /** Relative shares per bucket; they are normalized, so percentages work. */
  shares: Record<Bucket, string>;
  split: string;
  dedupe: boolean;
  contamination: BenchmarkUpload | null;
  dropContaminated: boolean;
  seed: string;
  pairLevel: PairLevel;
}

const fields = ["formats", "statuses", "runIds", "shares", "split", "seed", "contamination"] as const;
type Field = (typeof fields)[number];
export type ExportFormErrors = Partial<Record<Field, string>>;

/** The form field a request issue belongs to (the mixture is typed as shares). */
const fieldOf = (key: PropertyKey | undefined): Field => {
  const name = key === "mixture" ? "shares" : key;
  return fields.find((f) => f === name) ?? "formats";
};

export function defaultExportForm(): ExportFormValues {
  return {
    formats: ["openai-sft"],
    statuses: [...EXPORT_DEFAULTS.statuses],
    runIds: null,
    keepAll: true,
    shares: { ...DEFAULT_SHARES },
    split: String(EXPORT_DEFAULTS.split),
    dedupe: EXPORT_DEFAULTS.dedupe,
    contamination: null,
    dropContaminated: false,
    seed: String(EXPORT_DEFAULTS.seed),
    pairLevel: EXPORT_DEFAULTS.pairLevel,
  };
}

/** Adds or removes one value of a multiple choice, keeping the choices' own order. */
export function toggle<T>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] {
  return all.filter((v) => (v === value ? on : chosen.includes(v)));
}

const number = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

export type ParsedExportForm = { ok: true; request: ExportRequest } | { ok: false; errors: ExportFormErrors };

/** The request exports.preview and exports.create take, or what is wrong with each field. */
export function parseExportForm(projectId: number, form: ExportFormValues): ParsedExportForm {
  const errors: ExportFormErrors = {};
  const split = number(form.split);
  if (!(split >= 0 && split <= 1)) errors.split = "a share from 0 to 1";
  const seed = number(form.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) errors.seed = "a whole number from 0 to 4294967295";
  const shares: Partial<Record<Bucket, number>> = {};
  if (!form.keepAll) {
    for (const b of buckets) {
      const share = number(form.shares[b] || "0");
      if (!(share >= 0)) errors.shares = `the ${b} share is not a number of 0 or more`;
      else shares[b] = share;
    }
  }
  const parsed = exportRequest.safeParse({
    projectId,
    ...(form.runIds ? { runIds: form.runIds } : {}),
    statuses: form.statuses,
    formats: form.formats,
    mixture: form.keepAll ? null : shares,
    split,
    dedupe: form.dedupe,
    ...(form.contamination ? { contamination: form.contamination } : {}),
    dropContaminated: form.dropContaminated,
    seed,
    pairLevel: form.pairLevel,
  });
  if (!parsed.success) for (const issue of parsed.error.issues) errors[fieldOf(issue.path[0])] ??= issue.message;
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/** The same export on the command line (shown under the form); the benchmark file is named by its upload name. */
export function cliCommand(projectName: string, runNames: readonly string[] | null, request: ExportRequest): string {
  const quote = (s: string) => (/^[\w./:=,-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);
  const parts = ["magnet export --project", quote(projectName)];
  if (runNames) parts.push("--run", ...runNames.map(quote));
  parts.push("--status", ...request.statuses, "--format", ...request.formats);
  if (request.mixture) {
    const total = Object.values(request.mixture).reduce((a, b) => a + (b ?? 0), 0);
    parts.push("--mixture", buckets.map((b) => `${b}=${+((request.mixture?.[b] ?? 0) / total).toFixed(4)}`).join(","));
  }
  parts.push("--split", String(request.split));
  if (!request.dedupe) parts.push("--no-dedupe");
  if (request.contamination) parts.push("--contamination", quote(request.contamination.name));
  if (request.dropContaminated) parts.push("--drop-contaminated");
  parts.push("--pairs", request.pairLevel, "--seed", String(request.seed), "--out", "DIR");
  return parts.join(" ");
}

/** Where the browser downloads a file of an export. */
export const downloadHref = (exportId: number, name: string): string => `/api/exports/${exportId}/${encodeURIComponent(name)}`;

export const formatShare = (share: number): string => `${(share * 100).toFixed(1)} %`;
