import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { requireSecretKey, secretKeyFromEnv } from "./secret-key";

const bytes = randomBytes(32);

describe("MAGNET_SECRET_KEY", () => {
  it("reads 32 bytes written as hex or base64 (standard or URL-safe)", () => {
    expect(secretKeyFromEnv({ MAGNET_SECRET_KEY: bytes.toString("hex") })).toEqual(bytes);
    expect(secretKeyFromEnv({ MAGNET_SECRET_KEY: bytes.toString("hex").toUpperCase() })).toEqual(bytes);
    expect(secretKeyFromEnv({ MAGNET_SECRET_KEY: bytes.toString("base64") })).toEqual(bytes);
    expect(secretKeyFromEnv({ MAGNET_SECRET_KEY: ` ${bytes.toString("base64url")}\n` })).toEqual(bytes);
  });

  it("is optional: unset or blank means no key (the quick start runs without one)", () => {
    expect(secretKeyFromEnv({})).toBeUndefined();
    expect(secretKeyFromEnv({ MAGNET_SECRET_KEY: "  " })).toBeUndefined();
  });

  it.each([
    ["a password", "correct horse battery staple"],
    ["16 bytes of hex", randomBytes(16).toString("hex")],
    ["48 bytes of base64", randomBytes(48).toString("base64")],
    ["hex with a stray letter", `${bytes.toString("hex").slice(0, 63)}g`],
  ])("refuses %s, naming the variable and what it must be", (_label, value) => {
    expect(() => secretKeyFromEnv({ MAGNET_SECRET_KEY: value })).toThrow(/MAGNET_SECRET_KEY is malformed: it must be 32 random bytes written as 64 hex digits or as base64/);
  });

  it("says what to set when a key is required and missing", () => {
    expect(() => requireSecretKey("saving a teacher API key", {})).toThrow(/saving a teacher API key needs MAGNET_SECRET_KEY: set it to .*openssl rand -base64 32/);
  });
});
