import { BACKSLASH, QUOTE } from "../char-codes";

/** Characters `JSON.stringify` writes as escapes other than a backslash before them: controls and lone surrogates. */
const ESCAPED_OTHERWISE = /[\u0000-\u001f\ud800-\udfff]/;

/**
 * 53-bit hash of text fed in pieces (two 32-bit FNV-1a variants): a safe integer, for sets and maps of
 * many keys. Feeding the pieces of a string gives the hash of the whole string, so a key can be hashed
 * without building it.
 */
export class Hash53 {
  // Both halves start as 32-bit integers (`| 0`): a field that ever held a larger number keeps a heap
  // box that every `code` rewrites, several times slower per character.
  private a = 0x811c9dc5 | 0;
  private b = 0x01000193 ^ 0x5bd1e995;

  /** One UTF-16 code unit. */
  code(c: number): this {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    const b = Math.imul(this.b ^ c, 0x5bd1e995);
    this.b = b ^ (b >>> 15);
    return this;
  }

  text(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  /** `text(JSON.stringify(s))`, without making the JSON text. */
  jsonString(s: string): this {
    if (ESCAPED_OTHERWISE.test(s)) return this.text(JSON.stringify(s));
    this.code(QUOTE);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === QUOTE || c === BACKSLASH) this.code(BACKSLASH);
      this.code(c);
    }
    return this.code(QUOTE);
  }

  value(): number {
    return (this.a >>> 0) * 0x200000 + ((this.b >>> 0) & 0x1fffff);
  }
}

/** 53-bit hash of a string (see `Hash53`). */
export const hash53 = (text: string): number => new Hash53().text(text).value();
