import { openDatabase } from "../../db/client";
import { serverEnv } from "../env";
import { indexStoredTrajectories } from "../services/trajectory-store";

/** The same database the studio uses (`MAGNET_DB`), so that what the CLI stores shows in the studio. */
export function openStudioDatabase() {
  const database = openDatabase(serverEnv().MAGNET_DB);
  indexStoredTrajectories(database.db);
  return database;
}
