import { COMPOUNDS, SINGULAR_EXCEPTIONS, STOP_WORDS, SYNONYMS } from "./vocabulary";

/** Plurals of words that end in -ie, where the usual -ies → -y rule would be wrong. */
const IE_PLURALS = new Set(["movies", "cookies", "zombies", "calories", "selfies", "rookies", "brownies", "goalies"]);
/** First words of COMPOUNDS, so most words skip building a two-word key. */
const COMPOUND_STARTS = new Set([...COMPOUNDS.keys()].map((key) => key.split(" ")[0] as string));
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower-case words of an identifier or a sentence: splits snake_case, kebab-case, dots, slashes and
 * camelCase (`getAirportCode`, `HTTPStatus` → get airport code, http status). ASCII text, nearly all
 * of it, takes a hand-written scan: this runs over every name and description of the catalog.
 */
export function splitWords(text: string): string[] {
  if (!ASCII.test(text)) {
    const spaced = text.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2");
    return spaced.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  }
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charKind(text.charCodeAt(i)) : OTHER;
    if (kind === OTHER) {
      if (start >= 0) words.push(text.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const previous = charKind(text.charCodeAt(i - 1));
    // aB, 1B: a capital starts a word; ABc: the last capital of a run starts one.
    const lowerToUpper = kind === UPPER && previous !== UPPER;
    const endOfAcronym = kind === LOWER && previous === UPPER && i - 1 > start && charKind(text.charCodeAt(i - 2)) === UPPER;
    if (lowerToUpper || endOfAcronym) {
      const cut = endOfAcronym ? i - 1 : i;
      words.push(text.slice(start, cut).toLowerCase());
      start = cut;
    }
  }
  return words;
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/** Singular form by the handful of English plural rules API names use. */
export function singular(word: string): string {
  if (word.length <= 3 || SINGULAR_EXCEPTIONS.has(word)) return word;
  if (IE_PLURALS.has(word)) return word.slice(0, -1);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(?:x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * Canonical tokens: singular, two-word compounds joined (`user name` → user), synonyms folded
 * (`ticker` → symbol). Pure numbers are dropped: they name versions, not things.
 */
export function canonicalTokens(words: readonly string[]): string[] {
  const singulars = words.filter((word) => !isNumber(word)).map(singular);
  const tokens: string[] = [];
  for (let i = 0; i < singulars.length; i++) {
    const word = singulars[i] as string;
    const next = singulars[i + 1];
    const compound = next !== undefined && COMPOUND_STARTS.has(word) ? COMPOUNDS.get(`${word} ${next}`) : undefined;
    if (compound !== undefined) {
      tokens.push(compound);
      i++;
      continue;
    }
    tokens.push(SYNONYMS.get(word) ?? word);
  }
  return tokens;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return code > 127 && /^\p{N}+$/u.test(word);
  }
  return true;
}

/** Bounds the work on a long description; an identifier never comes near it. */
const MAX_WORDS = 200;
/**
 * Names and short texts repeat across a catalog (`id`, `page`, "The page number."): each is tokenized
 * once. The memo is cleared when it grows large, so a long-running server does not keep every text.
 */
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;
/** Longer texts are rarely repeated word for word; memoizing them would only hold memory. */
const MEMO_MAX_LENGTH = 300;

function tokenize(text: string): readonly string[] {
  if (text.length > MEMO_MAX_LENGTH) return canonicalTokens(splitWords(text).slice(0, MAX_WORDS));
  let tokens = memo.get(text);
  if (tokens === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    tokens = canonicalTokens(splitWords(text).slice(0, MAX_WORDS));
    memo.set(text, tokens);
  }
  return tokens;
}

/** Canonical tokens of an identifier (function, parameter or field name), stop words kept. */
export function identifierTokens(identifier: string): readonly string[] {
  return tokenize(identifier);
}

/** Canonical tokens of prose, stop words kept, bounded so a long description costs no more than a short one. */
export function proseTokens(text: string): readonly string[] {
  return tokenize(text);
}

/** The content words among the first `maxWords` tokens of prose. */
export function contentTerms(tokens: readonly string[], maxWords = 80): string[] {
  return tokens.slice(0, maxWords).filter((token) => token.length > 1 && !STOP_WORDS.has(token));
}
