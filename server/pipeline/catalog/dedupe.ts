import { canonicalJson } from "./canonical-json";
import { reject } from "./location";
import type { FunctionDraft } from "./types";

export interface Deduped {
  kept: FunctionDraft[];
  /** Drafts dropped because an identical (or fuller) definition was kept. */
  skipped: FunctionDraft[];
}

const identityKey = (draft: FunctionDraft): string => JSON.stringify([draft.category, draft.toolkit, draft.name]);

const definition = (draft: FunctionDraft): unknown[] => [draft.description, draft.parameters, draft.returns ?? null];

/**
 * Repeats of one definition are normalized the same way from the same source text, so plain JSON
 * (cached: a kept draft is compared with each of its repeats) usually matches; key order only matters
 * when it does not, hence the canonical form as a fallback.
 */
function definitionComparer(): (a: FunctionDraft, b: FunctionDraft) => boolean {
  const plainText = new Map<FunctionDraft, string>();
  const plain = (draft: FunctionDraft): string => {
    let text = plainText.get(draft);
    if (text === undefined) {
      text = JSON.stringify(definition(draft));
      plainText.set(draft, text);
    }
    return text;
  };
  return (a, b) => plain(a) === plain(b) || canonicalJson(definition(a)) === canonicalJson(definition(b));
}

function conflict(later: FunctionDraft, earlier: FunctionDraft): never {
  const first = `${earlier.source.file}, record ${earlier.source.record}`;
  return reject(
    { file: later.source.file, record: later.source.record },
    later.nameField,
    `function ${JSON.stringify(later.name)} is defined again in toolkit ${JSON.stringify(later.toolkit)} (category ${JSON.stringify(later.category)}) with a different definition (first defined at ${first})`,
  );
}

/**
 * One function per definition: identical repeats are dropped (ToolBench queries repeat their APIs, BFCL
 * tests their functions), a name-only stub gives way to a full definition, and the same name defined
 * differently within one toolkit is rejected, since calls could not say which one they mean.
 */
export function dedupeDrafts(drafts: readonly FunctionDraft[]): Deduped {
  const kept: FunctionDraft[] = [];
  const skipped: FunctionDraft[] = [];
  const byKey = new Map<string, number>();
  const sameDefinition = definitionComparer();
  for (const draft of drafts) {
    const key = draft.dedupeKey ?? identityKey(draft);
    const position = byKey.get(key);
    const earlier = position === undefined ? undefined : kept[position];
    if (position === undefined || earlier === undefined) {
      byKey.set(key, kept.length);
      kept.push(draft);
    } else if (draft.stub || sameDefinition(earlier, draft)) {
      skipped.push(draft);
    } else if (earlier.stub) {
      kept[position] = draft;
      skipped.push(earlier);
    } else {
      conflict(draft, earlier);
    }
  }
  // Formats with their own dedupe keys (BFCL tests, xLAM) may still clash on category + toolkit + name.
  const byIdentity = new Map<string, FunctionDraft>();
  for (const draft of kept) {
    const key = identityKey(draft);
    const earlier = byIdentity.get(key);
    if (earlier !== undefined) conflict(draft, earlier);
    byIdentity.set(key, draft);
  }
  return { kept, skipped };
}
