/** FNV-1a, 32 bits. */
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

const mixNumber = (hash: number, value: number): number => Math.imul(hash ^ value, PRIME);

/**
 * Function specs are the bulk of every task and the same objects come back task after task; the
 * pipeline never changes a spec in place, so each is hashed once.
 */
const specHashes = new WeakMap<object, number>();
const isSpec = (node: object): boolean => "parameters" in node && "name" in node && "toolkit" in node;

function hashOf(node: unknown): number {
  if (node === null || node === undefined) return mixText(OFFSET, "n");
  switch (typeof node) {
    case "string":
      return mixText(mixText(OFFSET, "s"), node);
    case "number":
      return mixText(mixText(OFFSET, "d"), String(node));
    case "boolean":
      return mixText(OFFSET, node ? "t" : "f");
    case "object": {
      const cached = specHashes.get(node);
      if (cached !== undefined) return cached;
      let hash = mixText(OFFSET, Array.isArray(node) ? "[" : "{");
      if (Array.isArray(node)) {
        for (const item of node) hash = mixNumber(hash, hashOf(item));
      } else {
        for (const key of Object.keys(node).sort()) {
          const member = (node as Record<string, unknown>)[key];
          if (member === undefined) continue;
          hash = mixNumber(mixText(hash, key), hashOf(member));
        }
      }
      if (isSpec(node)) specHashes.set(node, hash);
      return hash;
    }
    default:
      return mixText(OFFSET, "?");
  }
}

/**
 * A 32-bit hash of a JSON value with object keys in sorted order, so the same task hashes alike
 * whichever way its objects were built. It walks the value instead of serializing it: tasks carry
 * whole function specs and this runs for every answer.
 */
export function stableHash(value: unknown): number {
  return hashOf(value) >>> 0;
}
