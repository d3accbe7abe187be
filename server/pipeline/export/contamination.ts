import { z } from "zod";
import { InvalidInput } from "../errors";
import type { Trajectory } from "../schemas/trajectory";
import { zodFieldPath } from "../zod-field-path";
import { hash53 as hash } from "./hash";

/** A BFCL test entry as far as contamination needs it; other fields are ignored. */
export const benchmarkEntry = z.object({
  id: z.string(),
  question: z.array(z.array(z.object({ role: z.string(), content: z.string() }))),
  function: z.array(z.object({ name: z.string() }).loose()).optional(),
  /** BFCL multi-turn entries: the ground-truth function path. */
  path: z.array(z.string()).optional(),
});
export type BenchmarkEntry = z.infer<typeof benchmarkEntry>;

/**
 * Parse a benchmark file's text: JSON Lines (as BFCL ships it) or one JSON array. Errors name the file,
 * the record (0-based) and the field.
 */
export function parseBenchmark(text: string, file?: string): BenchmarkEntry[] {
  const trimmed = text.trim();
  let raw: { value: unknown; record: number }[];
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new InvalidInput(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { file });
    }
    raw = (parsed as unknown[]).map((value, record) => ({ value, record }));
  } else {
    raw = [];
    const lines = text.split("\n");
    let record = 0;
    for (const line of lines) {
      if (line.trim() === "") continue;
      try {
        raw.push({ value: JSON.parse(line), record });
      } catch (error) {
        throw new InvalidInput(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { file, record });
      }
      record++;
    }
  }
  return raw.map(({ value, record }) => {
    const result = benchmarkEntry.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new InvalidInput(issue?.message ?? "invalid entry", { file, record, field: issue ? zodFieldPath(issue.path) || undefined : undefined });
  });
}

export interface ContaminationOptions {
  /** Word n-gram length for exact overlap; default 8. */
  n?: number;
  /** Jaccard of word 3-gram sets above which a query counts as a near copy; default 0.5. */
  jaccard?: number;
  /** Also check the called-function rule; default true. */
  paths?: boolean;
  /** Return `kept` without the contaminated samples. */
  dropContaminated?: boolean;
}

export const contaminationReason = z.enum(["ngram", "jaccard", "path"]);
export type ContaminationReason = z.infer<typeof contaminationReason>;

export interface ContaminationHit {
  sample_id: string;
  benchmark_id: string;
  reason: ContaminationReason;
  /** The shared n-gram, the Jaccard value, or the called names. */
  detail: string;
}

export interface ContaminationResult {
  /** One hit per (sample, benchmark entry, reason). */
  hits: ContaminationHit[];
  /** Ids of samples with at least one hit, in input order. */
  contaminated: string[];
  /** The samples without hits when `dropContaminated`; otherwise every sample. */
  kept: Trajectory[];
  checked: number;
  benchmarkEntries: number;
}

export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function ngrams(tokens: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(" "));
  return grams;
}

/** Word 3-grams; a text of one or two words is one gram (so "List files." can still match). */
const trigrams = (tokens: readonly string[]): string[] => (tokens.length > 0 && tokens.length < 3 ? [tokens.join(" ")] : ngrams(tokens, 3));

class Index {
  readonly postings = new Map<number, number[]>();
  add(key: number, doc: number): void {
    const list = this.postings.get(key);
    if (!list) this.postings.set(key, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  }
}

/** Function names the assistant calls, in order (names compare as given, qualified or not). */
const calledNames = (t: Trajectory): string[] => {
  const names: string[] = [];
  for (const m of t.messages) if (m.role === "assistant") for (const c of m.tool_calls ?? []) names.push(c.function.name);
  return names;
};

const userQueries = (t: Trajectory): string[] => {
  const set = new Set<string>(t.turns.map((turn) => turn.query));
  for (const m of t.messages) if (m.role === "user") set.add(m.content);
  return [...set].filter((q) => q.trim() !== "");
};

/**
 * Which samples overlap a benchmark. Rules (each reported separately):
 * - `ngram`: some user query of the sample shares a word n-gram (default 8, lowercased, punctuation
 *   dropped) with some user question of the entry.
 * - `jaccard`: some user query and some entry question have word-3-gram sets with Jaccard > threshold
 *   (default 0.5) — catches light paraphrase and short questions below n words.
 * - `path`: the set of function names the sample calls is non-empty and equals the entry's function list
 *   as a set (⊆ and the same number of distinct names), or the sample's call sequence equals the entry's
 *   ground-truth `path` when it has one.
 * Near-linear: benchmark n-grams go into inverted indexes of hashes; Jaccard candidates come from each
 * query's rarest 3-grams only (prefix filter: a pair with Jaccard > t shares one of the first
 * |A| − ⌈t·|A|⌉ + 1 grams of A), then are verified exactly.
 * The benchmark is indexed once; the returned function checks one sample at a time.
 */
export function contaminationChecker(
  benchmark: readonly BenchmarkEntry[],
  options: Omit<ContaminationOptions, "dropContaminated"> = {},
): (t: Trajectory) => ContaminationHit[] {
  const n = options.n ?? 8;
  const threshold = options.jaccard ?? 0.5;
  const checkPaths = options.paths ?? true;

  // Benchmark side: questions as documents, each mapped to its entry.
  const questionEntry: number[] = [];
  const questionTrigrams: Set<number>[] = [];
  const ngramIndex = new Index();
  const trigramIndex = new Index();
  benchmark.forEach((entry, e) => {
    for (const turn of entry.question)
      for (const message of turn) {
        if (message.role !== "user") continue;
        const tokens = words(message.content);
        const q = questionEntry.length;
        questionEntry.push(e);
        for (const g of ngrams(tokens, n)) ngramIndex.add(hash(g), e);
        const tri = new Set(trigrams(tokens).map(hash));
        questionTrigrams.push(tri);
        for (const h of tri) trigramIndex.add(h, q);
      }
  });
  const functionSets = new Map<string, number[]>();
  const pathIndex = new Map<string, number[]>();
  if (checkPaths)
    benchmark.forEach((entry, e) => {
      const names = [...new Set((entry.function ?? []).map((f) => f.name))].sort();
      if (names.length > 0) {
        const key = JSON.stringify(names);
        functionSets.set(key, [...(functionSets.get(key) ?? []), e]);
      }
      if (entry.path && entry.path.length > 0) {
        const key = JSON.stringify(entry.path);
        pathIndex.set(key, [...(pathIndex.get(key) ?? []), e]);
      }
    });

  return (t) => {
    const found = new Map<string, ContaminationHit>();
    const add = (e: number, reason: ContaminationReason, detail: string): void => {
      const id = benchmark[e]?.id ?? String(e);
      const key = `${id}\u0000${reason}`;
      if (!found.has(key)) found.set(key, { sample_id: t.id, benchmark_id: id, reason, detail });
    };
    for (const query of userQueries(t)) {
      const tokens = words(query);
      for (const g of ngrams(tokens, n)) for (const e of ngramIndex.postings.get(hash(g)) ?? []) add(e, "ngram", g);
      const tri = [...new Set(trigrams(tokens).map(hash))];
      if (tri.length === 0) continue;
      tri.sort((a, b) => (trigramIndex.postings.get(a)?.length ?? 0) - (trigramIndex.postings.get(b)?.length ?? 0));
      const prefix = tri.length - Math.ceil(threshold * tri.length) + 1;
      const candidates = new Set<number>();
      for (const h of tri.slice(0, Math.max(1, prefix))) for (const q of trigramIndex.postings.get(h) ?? []) candidates.add(q);
      for (const q of candidates) {
        const other = questionTrigrams[q] as Set<number>;
        let shared = 0;
        for (const h of tri) if (other.has(h)) shared++;
        const jaccard = shared / (tri.length + other.size - shared);
        if (jaccard > threshold) add(questionEntry[q] as number, "jaccard", jaccard.toFixed(3));
      }
    }
    if (checkPaths) {
      const called = calledNames(t);
      if (called.length > 0) {
        const set = JSON.stringify([...new Set(called)].sort());
        for (const e of functionSets.get(set) ?? []) add(e, "path", set);
        for (const e of pathIndex.get(JSON.stringify(called)) ?? []) add(e, "path", JSON.stringify(called));
      }
    }
    return [...found.values()];
  };
}

/** Every sample checked by `contaminationChecker`, with the hits, the contaminated ids and what is kept. */
export function findContamination(
  trajectories: readonly Trajectory[],
  benchmark: readonly BenchmarkEntry[],
  options: ContaminationOptions = {},
): ContaminationResult {
  const check = contaminationChecker(benchmark, options);
  const hits: ContaminationHit[] = [];
  const contaminated: string[] = [];
  const kept: Trajectory[] = [];
  for (const t of trajectories) {
    const found = check(t);
    hits.push(...found);
    if (found.length > 0) contaminated.push(t.id);
    if (found.length === 0 || !options.dropContaminated) kept.push(t);
  }
  return { hits, contaminated, kept, checked: trajectories.length, benchmarkEntries: benchmark.length };
}
