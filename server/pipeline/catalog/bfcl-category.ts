import { MISC_CATEGORY } from "../schemas/function-spec";

/** Words in a BFCL class file name and the domain they name (the 8 multi-turn classes and kin). */
const DOMAIN_WORDS: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
  [["file", "files", "filesystem", "directory"], "File System"],
  [["math", "calculator", "arithmetic"], "Mathematics"],
  [["message", "messages", "messaging", "chat", "mail", "email"], "Communication"],
  [["posting", "twitter", "tweet", "social"], "Social"],
  [["ticket", "ticketing", "support"], "Customer Support"],
  [["trading", "stock", "stocks", "finance", "bank", "banking"], "Finance"],
  [["travel", "booking", "flight", "hotel"], "Travel"],
  [["vehicle", "car", "automotive"], "Vehicle"],
  [["weather"], "Weather"],
];

/** A readable domain from a toolkit name when its words point to exactly one, else misc. */
export function categoryFromToolkit(toolkit: string): string {
  const words = new Set(toolkit.toLowerCase().split(/[^a-z0-9]+/));
  const domains = new Set(DOMAIN_WORDS.filter(([keys]) => keys.some((key) => words.has(key))).map(([, domain]) => domain));
  const [only] = domains;
  return domains.size === 1 && only !== undefined ? only : MISC_CATEGORY;
}
