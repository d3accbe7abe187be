import type { FunctionProfile } from "./function-profile";
import type { ScoringContext } from "./scoring-context";

/** Cosine of the two functions' weighted term vectors: how much they talk about the same (rare) things. */
export function termAffinity(a: FunctionProfile, b: FunctionProfile, context: ScoringContext): number {
  const x = context.vector(a);
  const y = context.vector(b);
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length; ) {
    const difference = (x.ids[i] as number) - (y.ids[j] as number);
    if (difference === 0) dot += (x.weights[i++] as number) * (y.weights[j++] as number);
    else if (difference < 0) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}

/**
 * The terms that tie the two functions, strongest first, ties by name (evidence an annotator can read).
 * Keeps the best few while merging, as this runs for every edge of the graph.
 */
export function sharedTerms(a: FunctionProfile, b: FunctionProfile, context: ScoringContext, limit = 6): string[] {
  const x = context.vector(a);
  const y = context.vector(b);
  const terms: string[] = [];
  const weights: number[] = [];
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length; ) {
    const difference = (x.ids[i] as number) - (y.ids[j] as number);
    if (difference < 0) i++;
    else if (difference > 0) j++;
    else {
      const weight = (x.weights[i] as number) * (y.weights[j] as number);
      const term = context.term(x.ids[i] as number);
      i++;
      j++;
      let at = terms.length;
      while (at > 0 && ((weights[at - 1] as number) < weight || (weights[at - 1] === weight && (terms[at - 1] as string) > term))) at--;
      if (at >= limit) continue;
      terms.splice(at, 0, term);
      weights.splice(at, 0, weight);
      if (terms.length > limit) {
        terms.pop();
        weights.pop();
      }
    }
  }
  return terms;
}
