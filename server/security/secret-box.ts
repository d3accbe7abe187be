import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Secrets at rest as `v1:<iv>:<tag>:<ciphertext>` (base64 parts): AES-256-GCM with a fresh 96-bit IV
 * per secret, so equal keys never look equal and any change to a stored value is detected. The
 * version prefix lets a later scheme sit beside this one.
 */
const PREFIX = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds a sealed value to its use: a value sealed for something else with the same key does not open as a teacher key. */
const AAD = Buffer.from("magnet-studio:teacher-api-key:v1");

const sealedPattern = /^v1:([A-Za-z0-9+/]{16}):([A-Za-z0-9+/]{22}==):([A-Za-z0-9+/]*={0,2})$/;

/** Whether a stored value is in the sealed form (anything else is a plaintext key from an earlier version). */
export const isSealed = (stored: string): boolean => sealedPattern.test(stored);

export function seal(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [PREFIX, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":");
}

/** Thrown when a sealed value does not open: another key, or a changed value. Carries no part of the secret. */
export class SecretUnreadable extends Error {
  override readonly name = "SecretUnreadable";
}

export function open(sealed: string, key: Buffer): string {
  const parts = sealedPattern.exec(sealed);
  if (!parts) throw new SecretUnreadable("the stored value is not in the v1 sealed form");
  const [, iv = "", tag = "", ciphertext = ""] = parts;
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"), { authTagLength: TAG_BYTES });
  decipher.setAAD(AAD);
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // GCM's tag check failed: decrypted bytes are never used, so nothing garbled reaches the teacher.
    throw new SecretUnreadable("the stored value does not decrypt with this key (another key, or the value was changed)");
  }
}
