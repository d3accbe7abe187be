import { createRandom } from "../random";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A token derived from a label alone (not from the random stream), so the same entity asked for the same
 * way gets the same id in every turn and every run: `get_user_id(user="Alice")` always answers one id.
 */
export function stableToken(label: string, length = 8): string {
  const random = createRandom(label);
  let token = "";
  for (let i = 0; i < length; i++) token += ALPHABET[random.int(ALPHABET.length)];
  return token;
}

/** A stable integer in [low, high] for integer ids. */
export function stableInteger(label: string, low: number, high: number): number {
  return low + createRandom(label).int(high - low + 1);
}
