/**
 * 53-bit hash of text fed in pieces (two 32-bit FNV-1a variants): a safe integer, for sets and maps of
 * many keys. Feeding the pieces of a string gives the hash of the whole string, so a key can be hashed
 * without building it.
 */
export class Hash53 {
  private a = 0x811c9dc5;
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

  value(): number {
    return (this.a >>> 0) * 0x200000 + ((this.b >>> 0) & 0x1fffff);
  }
}

/** 53-bit hash of a string (see `Hash53`). */
export const hash53 = (text: string): number => new Hash53().text(text).value();
