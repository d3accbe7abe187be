import { readFileSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { Db } from "../../../db/client";
import { studioAuth, type StudioAuth } from "../../auth/studio-auth";
import type { Viewer } from "../../auth/viewer";
import { createOfflineTeacher } from "../../teacher/offline";
import { openTempDatabase } from "../../../test/temp-db";
import { sharedData } from "../../../test/shared-data";
import { createInnerContext } from "../context";
import { createCaller } from "../root";

/** A caller on a fresh temporary SQLite file; the teacher is the offline one whatever kind is asked for. */
export function testCaller() {
  const database = openTempDatabase();
  const caller = createCaller(createInnerContext(database.db, { teacher: () => createOfflineTeacher() }));
  return { caller, db: database.db, dispose: database.dispose };
}

/** A BFCL multi-turn function doc from ../shared/data, as the studio's upload sends it. */
export const bfclDoc = (name: string) => ({ name, content: readFileSync(sharedData("bfcl_v3", "multi_turn_func_doc", name), "utf8") });

/** Expects a tRPC error of `code` whose message matches. */
export async function expectTrpcError(call: Promise<unknown>, code: TRPCError["code"], message: RegExp): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  if (error instanceof TRPCError) {
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  }
}

export const TEST_SETUP_CODE = "test-setup-code";

/** A caller acting for `viewer` (null: signed out) on an existing database, with accounts on. */
export function callerAs(db: Db, viewer: Viewer | null, auth: StudioAuth = testAuth(db)) {
  return createCaller(createInnerContext(db, { teacher: () => createOfflineTeacher(), viewer, auth, setupCode: TEST_SETUP_CODE }));
}

/** The accounts library on a test database, with a fixed signing secret. */
export const testAuth = (db: Db) => studioAuth(db, { secret: "test-secret-test-secret-test-secret-0123", baseURL: "http://127.0.0.1:3999" });
