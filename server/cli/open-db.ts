import { openDatabase } from "../../db/client";
import { serverEnv } from "../env";

/** The same database the studio uses (`MAGNET_DB`), so that what the CLI stores shows in the studio. */
export function openStudioDatabase() {
  return openDatabase(serverEnv().MAGNET_DB);
}
