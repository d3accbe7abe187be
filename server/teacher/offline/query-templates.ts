import type { Random } from "../../pipeline/random";
import type { Mention } from "./mentions";
import { capitalize, joinList, plural } from "./words";

/** One function's share of a request: what to do and with which values. */
export interface Clause {
  action: string;
  mentions: Mention[];
}

/** A written request and the template it came from (so tests can see how varied the writing is). */
export interface Composed {
  text: string;
  template: string;
}

const ASK = ["Could you", "Can you", "Would you"];

/** "the source 'a.txt'", "the same access token as before", "the zipcode you just got as the first city". */
const inline = (m: Mention): string =>
  m.flag ? `${m.noun} set to ${m.text}` : m.explicit ? `the ${m.noun} ${m.text}` : m.selfNamed ? m.text : `${m.text} as the ${m.noun}`;
const isPhrase = (m: Mention): string =>
  m.flag ? `set ${m.noun} to ${m.text}` : m.explicit ? `the ${m.plural ? plural(m.noun) : m.noun} ${m.plural ? "are" : "is"} ${m.text}` : m.selfNamed ? `use ${m.text}` : `use ${m.text} as the ${m.noun}`;
const usePhrase = (m: Mention): string =>
  m.flag ? `set ${m.noun} to ${m.text}` : m.explicit || !m.selfNamed ? `use ${m.text} as the ${m.noun}` : `use ${m.text}`;
const keyValue = (m: Mention): string => `${m.noun}: ${m.text}`;
const setPhrase = (m: Mention): string => (m.flag ? `set ${m.noun} to ${m.text}` : `set the ${m.noun} to ${m.text}`);
const asPhrase = (m: Mention): string => (m.flag ? `${m.noun} set to ${m.text}` : m.explicit || !m.selfNamed ? `${m.text} as the ${m.noun}` : m.text);

const all = (mentions: readonly Mention[], phrase: (m: Mention) => string): string => joinList(mentions.map(phrase));

type Template = (action: string, mentions: readonly Mention[], random: Random) => string;

const WITH_VALUES: Readonly<Record<string, Template>> = {
  ask_with: (a, m, r) => `${r.pick(ASK)} ${a}, with ${all(m, inline)}?`,
  state_then_values: (a, m) => `${capitalize(a)}. ${capitalize(all(m, isPhrase))}.`,
  need_then_use: (a, m) => `I need to ${a}. ${capitalize(all(m, usePhrase))}.`,
  help_key_values: (a, m) => `Can you help me ${a}? ${capitalize(m.map(keyValue).join(", "))}.`,
  please_set: (a, m) => `Please ${a}: ${all(m, setPhrase)}.`,
  like_with: (a, m) => `I'd like to ${a}, with ${all(m, inline)}.`,
  imperative_with: (a, m) => `${capitalize(a)} with ${all(m, inline)}, please.`,
  hey_ask_values: (a, m, r) => `Hey, ${r.pick(ASK).toLowerCase()} ${a}? ${capitalize(all(m, isPhrase))}.`,
  values_first: (a, m, r) => `${m[0]?.flag === true ? "With" : "Using"} ${all(m, asPhrase)}, ${r.pick(ASK).toLowerCase()} ${a}?`,
};

const WITHOUT_VALUES: Readonly<Record<string, Template>> = {
  ask: (a, _m, r) => `${r.pick(ASK)} ${a}?`,
  please: (a) => `Please ${a}.`,
  like: (a) => `I'd like to ${a}.`,
  help: (a) => `Can you help me ${a}?`,
  imperative: (a) => `${capitalize(a)}, please.`,
  need_you: (a) => `I need you to ${a}.`,
  hey_for_me: (a) => `Hey, could you ${a} for me?`,
};

function pickTemplate(templates: Readonly<Record<string, Template>>, random: Random): [string, Template] {
  const entries = Object.entries(templates);
  return random.pick(entries);
}

/** A request for one function. */
export function singleRequest(clause: Clause, random: Random): Composed {
  const [name, template] = pickTemplate(clause.mentions.length === 0 ? WITHOUT_VALUES : WITH_VALUES, random);
  return { text: template(clause.action, clause.mentions, random.fork("words")), template: `single/${name}` };
}

const clauseText = (clause: Clause): string => (clause.mentions.length === 0 ? clause.action : `${clause.action} with ${all(clause.mentions, inline)}`);
const COUNTS = ["", "one thing", "two things", "three things", "a few things"];

const CHAINS: Readonly<Record<string, (clauses: readonly string[], random: Random) => string>> = {
  ask_and_then: (c, r) => `${r.pick(ASK)} ${c.slice(0, -1).join(", then ")}, and then ${c.at(-1)}?`,
  first_then: (c) => `First, ${c.slice(0, -1).join(". Next, ")}. Then ${c.at(-1)}.`,
  need_things: (c) => `I need ${COUNTS[Math.min(c.length, 4)]}: ${c.slice(0, -1).join("; then ")}; after that, ${c.at(-1)}.`,
  once_done: (c) => `${capitalize(c.slice(0, -1).join(", then "))}, and once that's done, ${c.at(-1)}.`,
  ask_after_that: (c) => `Can you ${c.slice(0, -1).join(", then ")}? After that, please ${c.at(-1)}.`,
};

/** A request for several functions in order (a merged turn): the later ones may use the earlier results. */
export function chainedRequest(clauses: readonly Clause[], random: Random): Composed {
  const [name, chain] = random.pick(Object.entries(CHAINS));
  return { text: chain(clauses.map(clauseText), random.fork("words")), template: `chain/${name}` };
}

const SUPPLY: Readonly<Record<string, (mentions: readonly Mention[]) => string>> = {
  forgot: (m) => `Sorry, I forgot to mention: ${all(m, isPhrase)}.`,
  oh_right: (m) => `Oh right, ${all(m, isPhrase)}. Please go ahead.`,
  use_now: (m) => `${capitalize(all(m, usePhrase))}, please. Can you do it now?`,
  everything: (m) => `Ah, ${all(m, isPhrase)}. That should be everything you need.`,
};
const GO_AHEAD = ["Please go ahead with that now.", "Okay, you can go ahead now.", "Alright, please continue with it."];

/**
 * The turn after a clarification: only what the previous request lacked (the value the assistant asked
 * for), then any part of this turn the previous request did not cover.
 */
export function followUpRequest(missing: readonly Mention[], rest: readonly Clause[], random: Random): Composed {
  let text: string;
  let template: string;
  if (missing.length === 0) {
    text = random.pick(GO_AHEAD);
    template = "follow_up/go_ahead";
  } else {
    const [name, supply] = random.pick(Object.entries(SUPPLY));
    text = supply(missing);
    template = `follow_up/${name}`;
  }
  if (rest.length > 0) text += ` After that, ${rest.map(clauseText).join(", then ")}.`;
  return { text, template };
}
