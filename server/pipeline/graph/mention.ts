import type { FunctionProfile } from "./function-profile";
import { MENTION_CUES } from "./vocabulary";

/** Where the target's documentation refers to the source, and how much that says. */
export interface Mention {
  score: number;
  /** The parameter whose description refers to the source, when it is a parameter's. */
  parameter?: string;
}

/**
 * Whether the target's documentation refers to the source: "the id returned by Get Categories" in a
 * parameter description states a dependency; in the function description it is a hint. The name must
 * stand next to a cue (returned, from, endpoint…), since short names like "sort by" also occur as
 * plain words.
 */
export function findMention(source: FunctionProfile, target: FunctionProfile): Mention | undefined {
  if (source.mentionNames.length === 0) return undefined;
  if (!source.mentionNames.some((name) => target.allDescriptions.includes(name))) return undefined;
  for (const param of target.params) {
    if (refersTo(param.descriptionText, source.mentionNames)) return { score: 0.85, parameter: param.name };
  }
  return refersTo(target.descriptionText, source.mentionNames) ? { score: 0.6 } : undefined;
}

/** `text` and `names` are ` token token ` strings, so word boundaries are spaces. */
function refersTo(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 40), at).trim().split(" ").slice(-3);
      const after = text.slice(at + name.length, at + name.length + 30).trim().split(" ").slice(0, 2);
      if (before.some((word) => MENTION_CUES.has(word)) || after.some((word) => MENTION_CUES.has(word))) return true;
    }
  }
  return false;
}
