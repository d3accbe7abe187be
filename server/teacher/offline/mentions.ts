import type { Random } from "../../pipeline/random";
import type { PlannedArgument } from "./plan-arguments";
import { joinList, spokenName } from "./words";

/**
 * How one argument shows up in a query. `text` is either a value slot (`\u0001n\u0002`, filled with the
 * rendered value after the prose around it has been scrubbed of function names) or a reference phrase
 * for a carried value ("the zipcode you just got").
 */
export interface Mention {
  noun: string;
  text: string;
  explicit: boolean;
  /** The reference phrase already says what the value is ("the same access token as before"). */
  selfNamed: boolean;
  /** A true/false setting: said as "with unlock set to true", never "use true as the unlock". */
  flag: boolean;
  /** Several values: "the numbers are 3, 4 and 5". */
  plural: boolean;
}

/** Field names that say nothing without their parameter: "the result you just got" reads well, "the id you just got" does not. */
const VAGUE_FIELDS = new Set(["id", "value", "name", "status", "data", "output", "item", "items"]);

/** A value as a person writes it: strings quoted, lists joined, objects as "field value" pairs. */
function renderValue(value: unknown): string {
  if (typeof value === "string") return value.includes("'") ? `"${value}"` : `'${value}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return joinList(value.map(renderValue));
  if (value !== null && typeof value === "object") {
    return joinList(Object.entries(value).map(([key, item]) => `${spokenName(key)} ${renderValue(item)}`));
  }
  return "none";
}

const valueSlot = (index: number): string => `\u0001${index}\u0002`;

/** Fills value slots with the rendered values. */
export function fillSlots(text: string, values: readonly string[]): string {
  return text.replace(/\u0001(\d+)\u0002/g, (_, index: string) => values[Number(index)] ?? "");
}

function referencePhrase(argument: PlannedArgument, random: Random): { text: string; selfNamed: boolean } {
  const { source, parameter } = argument;
  if (source.kind !== "carried") return { text: "", selfNamed: false };
  if (source.from === "argument") {
    // Phrases for an earlier turn say so ("before", "earlier"); the judge reads that to tell short from long dependencies.
    const options = source.recency === "same_turn" ? ["the same {p}", "that same {p}"] : ["the same {p} as before", "the {p} I used earlier", "that same {p} from before", "the {p} from before"];
    return { text: random.pick(options).replace("{p}", parameter.spoken), selfNamed: true };
  }
  const field = VAGUE_FIELDS.has(source.field.toLowerCase()) ? parameter.spoken : spokenName(source.field);
  const byRecency: Record<typeof source.recency, string[]> = {
    same_turn: ["the {f} it returns", "the resulting {f}", "the {f} that comes back"],
    last: source.item ? ["the first {f} in that last list", "the first {f} you just found"] : ["the {f} you just got", "the {f} from your last answer", "the {f} you just found"],
    earlier: source.item ? ["the first {f} from the earlier results"] : ["the {f} from earlier", "the {f} we got before", "the same {f} as before"],
  };
  const text = random.pick(byRecency[source.recency]).replace("{f}", field);
  return { text, selfNamed: field === parameter.spoken };
}

/** Mentions of the arguments of one call, values as slots numbered from `values.length` (which grows). */
export function mentionsOf(args: readonly PlannedArgument[], values: string[], random: Random): Mention[] {
  return args.map((argument, i) => {
    const noun = argument.parameter.spoken;
    const plural = Array.isArray(argument.value) && argument.value.length > 1;
    if (argument.source.kind === "stated") {
      values.push(renderValue(argument.value));
      return { noun, text: valueSlot(values.length - 1), explicit: true, selfNamed: false, flag: typeof argument.value === "boolean", plural };
    }
    const reference = referencePhrase(argument, random.fork(`ref-${i}`));
    return { noun, text: reference.text, explicit: false, selfNamed: reference.selfNamed, flag: false, plural };
  });
}
