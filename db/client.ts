import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
export interface StudioDatabase {
  db: Db;
  file: string;
  close(): void;
}

export const DEFAULT_DB_FILE = "./data/studio.db";

/** Committed migrations live beside this file; resolved from the project root so Next's bundling does not move them. */
function migrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, "migrations");
  return beside.includes(".next") ? path.join(process.cwd(), "db", "migrations") : beside;
}

/** Opens (creating if needed) a SQLite file in WAL mode and applies the committed migrations. */
export function openDatabase(file: string): StudioDatabase {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  return { db, file, close: () => sqlite.close() };
}
