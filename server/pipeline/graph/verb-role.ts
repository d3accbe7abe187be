import { ACTION_VERBS, AUTH_VERBS, CHECK_VERBS, PRODUCER_VERBS, TEARDOWN_VERBS } from "./vocabulary";

/** What a function does, read off the verb of its name; decides premises and which way a loose pair points. */
export type VerbRole = "auth" | "check" | "teardown" | "producer" | "action" | "none";

/** Verbs lead (`get_user`) or close (`file_exists`, `carriers/list`) a name; in the middle they are nouns. */
export function isVerbAt(token: string, index: number, length: number): boolean {
  if (index !== 0 && index !== length - 1) return false;
  return (
    PRODUCER_VERBS.has(token) ||
    ACTION_VERBS.has(token) ||
    AUTH_VERBS.has(token) ||
    TEARDOWN_VERBS.has(token) ||
    CHECK_VERBS.has(token)
  );
}

/** Check verbs that also close a name (`/file/exists/check`, `email_verify`); "is", "has" only lead. */
const CHECKS_AT_END = new Set(["check", "exist", "verify", "validate", "validation", "verification"]);

export function verbRole(tokens: readonly string[]): VerbRole {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const edges = [first, last].filter((token): token is string => token !== undefined);
  if (edges.some((token) => TEARDOWN_VERBS.has(token))) return "teardown";
  if (edges.some((token) => AUTH_VERBS.has(token))) return "auth";
  if ((first !== undefined && CHECK_VERBS.has(first)) || (last !== undefined && CHECKS_AT_END.has(last)) || tokens.includes("exist")) {
    return "check";
  }
  if (edges.some((token) => ACTION_VERBS.has(token))) return "action";
  if (edges.some((token) => PRODUCER_VERBS.has(token))) return "producer";
  return "none";
}
