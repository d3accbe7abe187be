import "server-only";
import { openDatabase, type StudioDatabase } from "../db/client";
import { ensureDemoProject } from "./demo/seed-demo";
import { serverEnv } from "./env";
import { indexStoredTrajectories } from "./services/trajectory-store";

let opened: StudioDatabase | undefined;

/**
 * The studio's database, opened on first use so that `next build` never touches it. The first open of
 * a database that never had it creates the demo project, so the studio is never empty.
 */
export function studioDb(): StudioDatabase["db"] {
  if (!opened) {
    opened = openDatabase(serverEnv().MAGNET_DB);
    indexStoredTrajectories(opened.db);
    try {
      ensureDemoProject(opened.db);
    } catch (error) {
      // The studio still works without its demo; say why it is missing.
      console.error("Could not create the demo project:", error instanceof Error ? error.message : error);
    }
  }
  return opened.db;
}
