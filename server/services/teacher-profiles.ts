import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { teacherProfiles } from "../../db/schema";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { isSealed, open, seal, SecretUnreadable } from "../security/secret-box";
import { requireSecretKey, SECRET_KEY_VARIABLE, secretKeyFromEnv } from "../security/secret-key";
import { OFFLINE_BACKEND, OFFLINE_MODEL } from "../teacher/offline";
import { configureOpenAITeacher, createOfflineConfigured, type ConfiguredTeacher } from "../teacher/create-teacher";
import type { OpenAIProfile } from "../teacher/openai-profile";
import { testConnection } from "../teacher/test-connection";
import {
  connectionTestInput,
  teacherChoice,
  type ConnectionResult,
  type ConnectionTestInput,
  teacherProfileCreate,
  teacherProfileUpdate,
  type PublicTeacherProfile,
  type TeacherChoice,
  type TeacherListing,
  type TeacherProfileCreate,
  type TeacherProfileUpdate,
} from "../teacher/teacher-choice";

/** Every column but the key: the key is selected only where a teacher is built from it, never for a response. */
const publicColumns = {
  id: teacherProfiles.id,
  name: teacherProfiles.name,
  baseUrl: teacherProfiles.baseUrl,
  model: teacherProfiles.model,
  hasKey: sql<number>`${teacherProfiles.apiKey} is not null`,
  inputPrice: teacherProfiles.inputPrice,
  outputPrice: teacherProfiles.outputPrice,
  concurrency: teacherProfiles.concurrency,
  timeoutMs: teacherProfiles.timeoutMs,
};

type PublicRow = Omit<PublicTeacherProfile, "hasKey"> & { hasKey: number };
const toPublic = (row: PublicRow): PublicTeacherProfile => ({ ...row, hasKey: row.hasKey === 1 });

export function listTeacherProfiles(db: Db): PublicTeacherProfile[] {
  return db.select(publicColumns).from(teacherProfiles).orderBy(asc(teacherProfiles.name)).all().map(toPublic);
}

export function getTeacherProfile(db: Db, id: number): PublicTeacherProfile {
  const row = db.select(publicColumns).from(teacherProfiles).where(eq(teacherProfiles.id, id)).get();
  if (!row) throw new NotFound("teacher profile", String(id));
  return toPublic(row);
}

/** The choices a run offers: the built-in offline teacher first (always there, not a row), then the stored profiles. */
export function listTeachers(db: Db): TeacherListing[] {
  return [{ kind: "offline", name: "Offline (built-in)", model: OFFLINE_MODEL }, ...listTeacherProfiles(db).map((p) => ({ kind: "profile" as const, ...p }))];
}

function refuseTakenName(db: Db, name: string, except?: number): void {
  const other = db.select({ id: teacherProfiles.id }).from(teacherProfiles).where(eq(teacherProfiles.name, name)).get();
  if (other && other.id !== except) throw new InvalidInput(`a teacher profile named ${JSON.stringify(name)} exists already`, { field: "name" });
}

/** A key as it is stored: sealed with MAGNET_SECRET_KEY; saving one without that variable set is refused, never stored in plain text. */
const sealForStorage = (apiKey: string): string => seal(apiKey, requireSecretKey("saving a teacher API key"));

export function createTeacherProfile(db: Db, input: TeacherProfileCreate): PublicTeacherProfile {
  const { apiKey, ...values } = teacherProfileCreate.parse(input);
  return db.transaction((tx) => {
    refuseTakenName(tx, values.name);
    const { id } = tx
      .insert(teacherProfiles)
      .values({ ...values, apiKey: apiKey === null ? null : sealForStorage(apiKey) })
      .returning({ id: teacherProfiles.id })
      .get();
    return getTeacherProfile(tx, id);
  });
}

/** Changes the given fields; the key is kept when omitted, removed when null, replaced when given. */
export function updateTeacherProfile(db: Db, input: TeacherProfileUpdate): PublicTeacherProfile {
  const { id, apiKey, ...changes } = teacherProfileUpdate.parse(input);
  return db.transaction((tx) => {
    getTeacherProfile(tx, id);
    if (changes.name !== undefined) refuseTakenName(tx, changes.name, id);
    tx.update(teacherProfiles)
      .set({ ...changes, ...(apiKey === undefined ? {} : { apiKey: apiKey === null ? null : sealForStorage(apiKey) }), updatedAt: new Date().toISOString() })
      .where(eq(teacherProfiles.id, id))
      .run();
    return getTeacherProfile(tx, id);
  });
}

export function deleteTeacherProfile(db: Db, id: number): void {
  db.transaction((tx) => {
    getTeacherProfile(tx, id);
    tx.delete(teacherProfiles).where(eq(teacherProfiles.id, id)).run();
  });
}

/**
 * A stored key in plain text, for the client only. Earlier versions stored keys in plain text: such
 * a key is sealed in place as soon as MAGNET_SECRET_KEY is set (the update matches the plain value,
 * so a repeated or concurrent first use changes nothing more), and stays usable until then.
 */
function usableKey(db: Db, id: number, name: string, stored: string): string {
  const key = secretKeyFromEnv();
  if (!isSealed(stored)) {
    if (key) {
      db.update(teacherProfiles)
        .set({ apiKey: seal(stored, key) })
        .where(and(eq(teacherProfiles.id, id), eq(teacherProfiles.apiKey, stored)))
        .run();
    }
    return stored;
  }
  if (!key) throw new InvalidInput(`the API key of teacher profile ${JSON.stringify(name)} is encrypted: set ${SECRET_KEY_VARIABLE} to the key it was saved with`);
  try {
    return open(stored, key);
  } catch (error) {
    if (!(error instanceof SecretUnreadable)) throw error;
    throw new InvalidInput(
      `the API key of teacher profile ${JSON.stringify(name)} cannot be decrypted with this ${SECRET_KEY_VARIABLE} (it was saved with another key, or changed): set the key it was saved with, or enter the API key again`,
    );
  }
}

/** The stored profile as the openai client needs it, key decrypted: the one place a key is read, for building a client, never for a response. */
export function openAIProfileOf(db: Db, id: number): OpenAIProfile {
  const row = db.select().from(teacherProfiles).where(eq(teacherProfiles.id, id)).get();
  if (!row) throw new NotFound("teacher profile", String(id));
  const priced = row.inputPrice !== null || row.outputPrice !== null;
  return {
    baseURL: row.baseUrl,
    model: row.model,
    concurrency: row.concurrency,
    ...(row.apiKey === null ? {} : { apiKey: usableKey(db, row.id, row.name, row.apiKey) }),
    ...(row.timeoutMs === null ? {} : { timeoutMs: row.timeoutMs }),
    ...(priced ? { pricing: { inputPerMTok: row.inputPrice ?? 0, outputPerMTok: row.outputPrice ?? 0 } } : {}),
  };
}

/**
 * Tries a stored profile, a draft of one, or a draft over a stored profile's key (the edit form
 * before saving, its key field left blank to keep the key). The stored key only ever goes to the
 * stored address: a draft pointing elsewhere is tried without it, so editing the URL cannot send
 * the key to another server.
 */
export function testTeacherConnection(db: Db, input: ConnectionTestInput): Promise<ConnectionResult> {
  const { id, draft } = connectionTestInput.parse(input);
  const stored = id === undefined ? undefined : openAIProfileOf(db, id);
  const base: OpenAIProfile = stored ?? { baseURL: "", model: "" };
  const sameAddress = draft?.baseUrl === undefined || draft.baseUrl === base.baseURL;
  const apiKey = draft?.apiKey === undefined ? (sameAddress ? base.apiKey : undefined) : (draft.apiKey ?? undefined);
  const timeoutMs = draft?.timeoutMs === undefined ? base.timeoutMs : (draft.timeoutMs ?? undefined);
  return testConnection({
    baseURL: draft?.baseUrl ?? base.baseURL,
    model: draft?.model ?? base.model,
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

/** The teacher a studio run or preview asked for; an unknown profile is refused before anything is stored. */
export function configuredTeacherFor(db: Db, choice: TeacherChoice): ConfiguredTeacher {
  const parsed = teacherChoice.parse(choice);
  if (parsed.kind === "offline") return createOfflineConfigured();
  return configureOpenAITeacher(db, openAIProfileOf(db, parsed.profileId), parsed.profileId);
}

/** The choice that rebuilds a stored run's teacher, from what its config recorded. */
export function choiceForRecordedTeacher(info: { backend: string; profileId?: number }): TeacherChoice | "environment" {
  if (info.backend === OFFLINE_BACKEND) return { kind: "offline" };
  return info.profileId === undefined ? "environment" : { kind: "profile", profileId: info.profileId };
}
