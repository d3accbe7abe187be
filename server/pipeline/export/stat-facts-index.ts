import { sameJson } from "../formats/same-json";
import type { StatFacts } from "./export-stats";
import { Hash53 } from "./hash";

/**
 * The distinct stat facts of a stream of records, in first-seen order, and where each record's are.
 * Equal means what `statFactsKey` compares (the same JSON text), found without writing that text for
 * every record: a hash of a few fields picks the candidates and `sameJson` confirms.
 */
export class StatFactsIndex {
  readonly stats: StatFacts[] = [];
  private readonly byHash = new Map<number, number[]>();

  indexOf(facts: StatFacts): number {
    const hash = hashOf(facts);
    const candidates = this.byHash.get(hash);
    for (const at of candidates ?? []) if (sameJson(this.stats[at], facts)) return at;
    const at = this.stats.push(facts) - 1;
    if (candidates) candidates.push(at);
    else this.byHash.set(hash, [at]);
    return at;
  }
}

/** Over the fields that tell most records apart; the rest is left to `sameJson`. */
function hashOf(facts: StatFacts): number {
  const hash = new Hash53().text(facts.polarity).text(facts.errorType ?? "").text(facts.teacher).text(facts.bucket).text(String(facts.seed));
  for (const op of facts.operations) hash.text(op);
  for (const kind of facts.turnKinds) hash.text(kind);
  return hash.value();
}
