import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { studioSettings } from "../../db/schema";

/**
 * The studio_settings key that records the demo was seeded. It outlives the demo project itself, so
 * a user who deletes the demo does not get it back on the next start.
 */
export const DEMO_SEEDED_KEY = "demo.seeded";

export function demoWasSeeded(db: Db): boolean {
  const row = db.select({ key: studioSettings.key }).from(studioSettings).where(eq(studioSettings.key, DEMO_SEEDED_KEY)).get();
  return row !== undefined;
}

/** Records the seeding (when, and which project is the demo) once; a second write leaves the first record. */
export function markDemoSeeded(db: Db, projectId: number): void {
  const value = JSON.stringify({ projectId, seededAt: new Date().toISOString() });
  db.insert(studioSettings).values({ key: DEMO_SEEDED_KEY, value }).onConflictDoNothing().run();
}
