import "server-only";
import { openDatabase, type StudioDatabase } from "../db/client";
import { serverEnv } from "./env";

let opened: StudioDatabase | undefined;

/** The studio's database, opened on first use so that `next build` never touches it. */
export function studioDb(): StudioDatabase["db"] {
  opened ??= openDatabase(serverEnv().MAGNET_DB);
  return opened.db;
}
