import type { Trajectory } from "../schemas/trajectory";
import { statFacts, type StatFacts } from "./export-stats";
import { Hash53 } from "./hash";
import type { Bucket } from "./sample-kind";

/**
 * The distinct stat facts of a stream of records, in first-seen order, and where each record's are.
 * Equal means what `statFactsKey` compares (the same JSON text). A record's facts are found from the
 * record itself, without building them or their text: a hash of a few fields picks the candidates and
 * `areStatFactsOf` compares field by field; `statFacts` runs only for facts not seen before.
 */
export class StatFactsIndex {
  readonly stats: StatFacts[] = [];
  private readonly byHash = new Map<number, number[]>();

  /** The index of `statFacts(t)`; `bucket` is `sampleKind(t)`, which the caller has at hand. */
  indexOf(t: Trajectory, bucket: Bucket): number {
    const hash = hashOf(t, bucket);
    const candidates = this.byHash.get(hash);
    if (candidates) for (const at of candidates) if (areStatFactsOf(this.stats[at] as StatFacts, t, bucket)) return at;
    const at = this.stats.push(statFacts(t)) - 1;
    if (candidates) candidates.push(at);
    else this.byHash.set(hash, [at]);
    return at;
  }
}

/** Over what most records' facts differ in (as `statFacts` has it); the rest (teacher, prompts) is left to `areStatFactsOf`. */
function hashOf(t: Trajectory, bucket: Bucket): number {
  const hash = new Hash53().text(t.polarity).text(t.polarity === "negative" ? (t.error_type ?? "unknown") : "").text(bucket).code(t.provenance.seed);
  for (const op of t.provenance.operations) hash.text(op.op);
  for (const turn of t.turns) hash.text(turn.kind);
  for (const name in t.checks) hash.code(t.checks[name]?.passed ? 1 : 0);
  return hash.value();
}

/**
 * Whether `facts` are `statFacts(t)`, field by field in the order `statFacts` builds them (its entries
 * follow the same own-key order as `for…in` on parsed JSON).
 */
export function areStatFactsOf(facts: StatFacts, t: Trajectory, bucket: Bucket): boolean {
  const { provenance } = t;
  if (facts.polarity !== t.polarity || facts.bucket !== bucket || facts.seed !== provenance.seed) return false;
  if (facts.errorType !== (t.polarity === "negative" ? (t.error_type ?? "unknown") : undefined)) return false;
  const { backend, model } = provenance.teacher;
  const teacher = facts.teacher;
  if (teacher.length !== backend.length + 1 + model.length || teacher.charCodeAt(backend.length) !== 47 || !teacher.startsWith(backend) || !teacher.endsWith(model)) return false;
  if (facts.operations.length !== provenance.operations.length || facts.turnKinds.length !== t.turns.length) return false;
  for (let i = 0; i < facts.operations.length; i++) if (facts.operations[i] !== provenance.operations[i]?.op) return false;
  for (let i = 0; i < facts.turnKinds.length; i++) if (facts.turnKinds[i] !== t.turns[i]?.kind) return false;
  let check = 0;
  for (const name in t.checks) {
    const entry = facts.checks[check++];
    if (!entry || entry[0] !== name || entry[1] !== t.checks[name]?.passed) return false;
  }
  if (check !== facts.checks.length) return false;
  let prompt = 0;
  for (const name in provenance.prompts) {
    const entry = facts.prompts[prompt++];
    if (!entry || entry[0] !== name || entry[1] !== provenance.prompts[name]) return false;
  }
  return prompt === facts.prompts.length;
}
