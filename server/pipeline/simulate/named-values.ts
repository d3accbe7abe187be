import type { FunctionCall } from "../schemas/chat";
import type { TurnRecord } from "../teacher";
import { fieldKey, fieldWords, singular } from "./field-words";

/** Values seen so far, by field name, so a simulated output agrees with what the trajectory already said. */
export interface NamedValues {
  /** The current call's arguments of this field name (and `id` for a lone `*_id` argument). */
  echoes(field: string): unknown[];
  /** Values fields of this name had in earlier outputs and arguments, latest first. */
  earlier(field: string): unknown[];
}

type Store = Map<string, unknown[]>;

function remember(store: Store, field: string, value: unknown): void {
  const key = fieldKey(field);
  if (key === "") return;
  const values = store.get(key);
  if (values === undefined) store.set(key, [value]);
  else values.push(value);
}

const isPrimitive = (value: unknown): value is string | number | boolean =>
  (typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean";

/** A field's value: primitives and lists of primitives are remembered under the field (items under its singular). */
function rememberField(store: Store, field: string, value: unknown, deep: boolean): void {
  if (isPrimitive(value)) remember(store, field, value);
  else if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isPrimitive)) {
      remember(store, field, value);
      for (const item of value) remember(store, singular(field), item);
    } else if (deep) for (const item of value) rememberObject(store, item);
  } else if (deep) rememberObject(store, value);
}

function rememberObject(store: Store, value: unknown): void {
  if (Array.isArray(value)) for (const item of value) rememberObject(store, item);
  else if (typeof value === "object" && value !== null) {
    for (const [field, member] of Object.entries(value)) rememberField(store, field, member, true);
  }
}

/** Outputs are searched deeply (a path inside a result list); arguments only at the top, where they name things. */
function rememberArguments(store: Store, call: FunctionCall): void {
  for (const [field, value] of Object.entries(call.arguments)) rememberField(store, field, value, false);
}

export function collectNamedValues(call: FunctionCall, history: readonly TurnRecord[]): NamedValues {
  const current: Store = new Map();
  rememberArguments(current, call);
  const idArguments = Object.keys(call.arguments).filter((name) => {
    const words = fieldWords(name);
    return words.length > 1 && words.at(-1) === "id";
  });
  const earlier: Store = new Map();
  for (const turn of [...history].reverse()) {
    for (const output of [...turn.outputs].reverse()) rememberObject(earlier, output);
    for (const previous of [...turn.calls].reverse()) rememberArguments(earlier, previous);
  }
  return {
    echoes(field) {
      const key = fieldKey(field);
      const direct = current.get(key) ?? [];
      // `get_tweet(tweet_id)` answers with the tweet's `id`.
      const only = idArguments.length === 1 ? idArguments[0] : undefined;
      return key === "id" && only !== undefined ? [...direct, call.arguments[only]] : direct;
    },
    earlier: (field) => earlier.get(fieldKey(field)) ?? [],
  };
}
