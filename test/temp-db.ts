import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type StudioDatabase } from "../db/client";

/** A real SQLite file in a fresh temporary folder, with the committed migrations applied. */
export function openTempDatabase(): StudioDatabase & { dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "magnet-test-"));
  const database = openDatabase(path.join(dir, "studio.db"));
  return {
    ...database,
    dispose: () => {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
