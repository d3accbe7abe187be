import { z } from "zod";
import { InvalidInput } from "../pipeline/errors";

/** The variable that holds the key teacher API keys are encrypted with (AES-256-GCM). */
export const SECRET_KEY_VARIABLE = "MAGNET_SECRET_KEY";

const KEY_BYTES = 32;
const HOW_TO = "32 random bytes written as 64 hex digits or as base64, e.g. the output of `openssl rand -base64 32`";

/** Hex first: 64 hex digits are also valid base64 (of 48 bytes), so the order decides. */
const decodeKey = (text: string): Buffer | undefined => {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return Buffer.from(text, "base64");
  return undefined;
};

const secretKey = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const key = decodeKey(text);
    if (key?.length !== KEY_BYTES) {
      ctx.addIssue({ code: "custom", message: `${SECRET_KEY_VARIABLE} is malformed: it must be ${HOW_TO}` });
      return z.NEVER;
    }
    return key;
  });

/**
 * The key from the environment, or undefined when the variable is unset or blank (the quick start
 * runs without one). Read at each use, so a changed environment takes effect without a restart of
 * the module; a malformed value is an error naming the variable, never silently ignored.
 */
export function secretKeyFromEnv(env: Record<string, string | undefined> = process.env): Buffer | undefined {
  const raw = env[SECRET_KEY_VARIABLE];
  if (raw === undefined || raw.trim() === "") return undefined;
  const parsed = secretKey.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues[0]?.message ?? `${SECRET_KEY_VARIABLE} is malformed`);
  return parsed.data;
}

/** The key, or an error telling the user to set it (saving a teacher key needs one). */
export function requireSecretKey(purpose: string, env: Record<string, string | undefined> = process.env): Buffer {
  const key = secretKeyFromEnv(env);
  if (!key) throw new InvalidInput(`${purpose} needs ${SECRET_KEY_VARIABLE}: set it to ${HOW_TO}, and restart the studio`, { field: "apiKey" });
  return key;
}
