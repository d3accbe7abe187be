import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import { identifierWords } from "./words";

/** Verbs API descriptions open with; a description that opens otherwise is a noun phrase ("Details of…"). */
const VERBS = new Set(
  `get retrieve fetch list search find look query lookup show display view read open print return
  create add make generate build register book reserve schedule post publish upload submit place send
  write save store set update edit modify change adjust configure enable disable toggle turn switch
  start stop pause resume restart run execute launch play activate deactivate press release fill lock
  unlock engage delete remove cancel close clear drop archive rename copy move sort filter compare
  count measure calculate compute convert estimate translate summarize analyze check verify validate
  test confirm authenticate login log sign logout connect follow unfollow mention comment retweet like
  share reply forward notify purchase buy sell pay fund transfer withdraw deposit order track monitor
  resolve raise round multiply divide subtract sum average invite join leave assign approve reject
  download import export scan detect recognize extract parse format encode decode compress navigate
  contact go tag rate review handle manage perform provide process apply enter load insert reset
  refresh sync mark set report request attach detach upgrade install invoke call ping wait`.split(/\s+/),
);

/** Words after which a first word must be a verb: "Unfollow a user", "Retweet the tweet". */
const DETERMINERS = new Set(["a", "an", "the", "all", "one", "two", "some", "any", "my", "your", "its", "their", "this", "that", "each", "every", "multiple", "new"]);

/** Tails that only say the value comes from the arguments; the query gives the values itself. */
const REDUNDANT_TAILS = [
  /\s+(?:(?:to|for|of|in|from|with|on|by|at|into|within)\s+)?(?:the|a|an)\s+(?:specified|given|provided|supplied|requested)\b.*$/i,
  /\s+(?:to|for|of|in|from|with|on|by|at|into|within)\s+(?:specified|given|provided|supplied|requested)\b.*$/i,
  /\s+(?:from|at|in)\s+(?:the\s+)?curr?r?ent\s+directory\b/i,
  /\s+for the (?:authenticated|current|logged[- ]in) user\b.*$/i,
  /\s+of any extension\b/i,
];

/** Where a description's first clause ends and its elaboration starts. */
const CLAUSE_BREAK = /,|;|:| - | if | given | based on | so that | which | where | that contain| using the | along with | and return| and then | by using /i;

const STOP_ENDINGS = new Set(
  "of the a an to for with and or in on at from by into its their within between under over about as that which".split(" "),
);
const MAX_WORDS = 12;

/** Third person → base form: "Retrieves" → retrieve, "Searches" → search, "Applies" → apply. */
function baseForm(word: string): string {
  if (word.length <= 3 || !word.endsWith("s") || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The sentence that says what the function does: BFCL puts it after "Tool description:". */
function coreSentence(description: string): string {
  const marker = description.search(/tool description:/i);
  const text = marker >= 0 ? description.slice(marker + "tool description:".length) : description;
  const cleaned = text
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:this|the) (?:function|tool|api|endpoint|method|service|operation)\s+(?:will\s+|can\s+|is used to\s+|allows (?:you|users|the user) to\s+|lets you\s+)?/i, "")
    .replace(/^(?:used to|allows (?:you|users) to|lets you|helps (?:you )?(?:to )?|use this (?:tool|function|api) to|an? (?:tool|function|api|endpoint) (?:that|to|for))\s+/i, "");
  const sentence = cleaned.split(/(?<=[.!?])\s+/)[0] ?? "";
  return sentence.replace(/[.!?]+$/, "").trim();
}

function trimmed(phrase: string): string {
  let text = phrase;
  const cut = text.search(CLAUSE_BREAK);
  if (cut > 0) text = text.slice(0, cut);
  for (const tail of REDUNDANT_TAILS) text = text.replace(tail, "");
  const words = text.trim().split(" ").filter((word) => word.length > 0).slice(0, MAX_WORDS);
  while (words.length > 1 && STOP_ENDINGS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(" ");
}

/** First word lower-cased unless it is an acronym (API, SMS). */
function lowerFirst(phrase: string): string {
  const [first = "", ...rest] = phrase.split(" ");
  const word = /^[A-Z0-9]{2,}$/.test(first) ? first : first.toLowerCase();
  return [word, ...rest].join(" ");
}

function imperative(phrase: string): string {
  const [first = "", second = "", ...rest] = phrase.split(" ");
  const base = baseForm(first.toLowerCase());
  // A known verb, or any word before "the"/"a" ("Contains the annual dividends" → contain the …).
  if (VERBS.has(base) || DETERMINERS.has(second.toLowerCase())) return [base, second, ...rest].filter((word) => word.length > 0).join(" ");
  return `get ${phrase}`;
}

/** From the name when the description says nothing usable: `get_user_id` → "get user id". */
function fromName(spec: FunctionSpec): string {
  const words = identifierWords(spec.name);
  if (words.length === 0) return "help with this";
  return VERBS.has(words[0] ?? "") ? words.join(" ") : `get the ${words.join(" ")}`;
}

const memo = new WeakMap<FunctionSpec, string>();

/**
 * What the function does as a lower-case imperative phrase for a request ("copy a file or directory
 * from one location to another"). Never names the function: callers scrub it with avoidNames.
 */
export function actionPhrase(spec: FunctionSpec): string {
  const known = memo.get(spec);
  if (known !== undefined) return known;
  const core = trimmed(lowerFirst(coreSentence(spec.description)));
  const phrase = core.split(" ").length >= 2 ? imperative(core) : fromName(spec);
  memo.set(spec, phrase);
  return phrase;
}
