import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSealed, open, seal, SecretUnreadable } from "./secret-box";

const KEY = randomBytes(32);
const SECRET = "sk-live-secret-4f2a9b7c1d3e";

/** Replaces one base64 character of part `index` (1 iv, 2 tag, 3 ciphertext) by another, keeping the form valid. */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split(":");
  const part = parts[index] ?? "";
  parts[index] = (part[0] === "A" ? "B" : "A") + part.slice(1);
  return parts.join(":");
}

describe("secret box", () => {
  it("round-trips, in the v1 form, without the secret in the stored text", () => {
    const sealed = seal(SECRET, KEY);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain(SECRET);
    expect(sealed).not.toContain(Buffer.from(SECRET).toString("base64"));
    expect(isSealed(sealed)).toBe(true);
    expect(open(sealed, KEY)).toBe(SECRET);
    expect(open(seal("", KEY), KEY)).toBe("");
  });

  it("uses a fresh IV each time: the same secret never looks the same twice", () => {
    expect(seal(SECRET, KEY)).not.toBe(seal(SECRET, KEY));
  });

  it.each([
    [1, "iv"],
    [2, "tag"],
    [3, "ciphertext"],
  ])("detects a changed %s part (%s)", (index) => {
    expect(() => open(tamper(seal(SECRET, KEY), index), KEY)).toThrow(SecretUnreadable);
  });

  it("refuses a truncated or extended ciphertext", () => {
    const sealed = seal(SECRET, KEY);
    expect(() => open(sealed.slice(0, -4), KEY)).toThrow(SecretUnreadable);
    expect(() => open(`${sealed.replace(/=+$/, "")}AAAA`, KEY)).toThrow(SecretUnreadable);
  });

  it("refuses another key with an error that holds no part of the secret", () => {
    const sealed = seal(SECRET, KEY);
    let error: unknown;
    try {
      open(sealed, randomBytes(32));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SecretUnreadable);
    expect(String((error as Error).message)).toMatch(/another key/);
    expect(JSON.stringify(error) + String(error)).not.toContain(SECRET);
  });

  it("tells a plaintext key of an earlier version from a sealed one", () => {
    for (const plain of [SECRET, "v1:not-sealed", "v1:a:b:c", ""]) {
      expect(isSealed(plain)).toBe(false);
      expect(() => open(plain, KEY)).toThrow(SecretUnreadable);
    }
  });
});
