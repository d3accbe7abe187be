import { z } from "zod";

/**
 * Which teacher a studio run or preview uses: the embedded offline one, always there, or a stored
 * OpenAI-compatible profile. Shared by the forms, the routers and the run manager.
 */
export const teacherChoice = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("offline") }),
  z.object({ kind: z.literal("profile"), profileId: z.number().int().positive() }),
]);
export type TeacherChoice = z.infer<typeof teacherChoice>;

const price = z.number({ error: "must be a number (USD per million tokens)" }).nonnegative("must be 0 or more");

const concurrency = z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64");
const timeoutMs = z
  .number({ error: "must be a whole number of milliseconds" })
  .int("must be a whole number")
  .min(1000, "must be at least 1000 ms")
  .max(600_000, "must be at most 600000 ms");

/** A profile's settings, every one given (an update takes any of them); the key has its own rules (write-only). */
const profileSettings = z.object({
  name: z.string().trim().min(1, "is required").max(80, "is longer than 80 characters"),
  baseUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://127.0.0.1:8000/v1" }),
  model: z.string().trim().min(1, "is required (the model name the endpoint serves)"),
  inputPrice: price.nullable(),
  outputPrice: price.nullable(),
  concurrency,
  timeoutMs: timeoutMs.nullable(),
});

/** Blank keys count as none: a local server often needs no key at all. */
const apiKey = z
  .string()
  .trim()
  .max(1000, "is longer than 1000 characters")
  .transform((key) => (key === "" ? null : key));

export const teacherProfileCreate = profileSettings.extend({
  inputPrice: price.nullable().default(null),
  outputPrice: price.nullable().default(null),
  concurrency: concurrency.default(8),
  timeoutMs: timeoutMs.nullable().default(null),
  apiKey: apiKey.nullable().default(null),
});
export type TeacherProfileCreate = z.input<typeof teacherProfileCreate>;

/** Every field optional; the key omitted keeps the stored one, `null` removes it, a string replaces it. */
export const teacherProfileUpdate = profileSettings
  .partial()
  .extend({ id: z.number().int().positive(), apiKey: apiKey.nullable().optional() });
export type TeacherProfileUpdate = z.input<typeof teacherProfileUpdate>;

/** A connection test: a stored profile, a draft of one (the form before saving), or a draft over a stored profile's key. */
export const connectionTestInput = z
  .object({
    id: z.number().int().positive().optional(),
    draft: z
      .object({
        baseUrl: profileSettings.shape.baseUrl,
        model: profileSettings.shape.model,
        apiKey: apiKey.nullable().optional(),
        timeoutMs: timeoutMs.nullable().optional(),
      })
      .optional(),
  })
  .refine((input) => input.id !== undefined || input.draft !== undefined, { error: "give a profile id or a draft", path: ["id"] });
export type ConnectionTestInput = z.input<typeof connectionTestInput>;

/** What the browser sees of a profile: never the key, only whether one is stored. */
export interface PublicTeacherProfile {
  id: number;
  name: string;
  baseUrl: string;
  model: string;
  hasKey: boolean;
  inputPrice: number | null;
  outputPrice: number | null;
  concurrency: number;
  timeoutMs: number | null;
}

/** The teachers a run may use, the built-in offline one first. */
export type TeacherListing = { kind: "offline"; name: string; model: string } | ({ kind: "profile" } & PublicTeacherProfile);

export interface ConnectionResult {
  ok: boolean;
  model: string;
  latencyMs: number;
  message: string;
}
