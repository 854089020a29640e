import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>;

export function databasePath(): string {
  return process.env.DATABASE_PATH || path.join("data", "allee.sqlite");
}

/** Opens (creating if needed) a SQLite file with the settings every connection must have. */
export function openSqlite(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Case- and accent-insensitive comparisons for search and sorting (« Élodie » finds « elodie »).
  sqlite.function("fold", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? foldText(value) : value,
  );
  return sqlite;
}

/** Lower case without diacritics: what people expect search and alphabetical order to ignore. */
export function foldText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function createDb(sqlite: Database.Database) {
  return drizzle({ client: sqlite, schema, casing: "snake_case" });
}

let current: { db: Db; sqlite: Database.Database } | undefined;

/** The process-wide connection (DATABASE_PATH, default data/allee.sqlite). */
export function getDb(): Db {
  if (!current) {
    const sqlite = openSqlite(databasePath());
    current = { db: createDb(sqlite), sqlite };
  }
  return current.db;
}

/** Closes the process-wide connection (tests and scripts). */
export function closeDb(): void {
  current?.sqlite.close();
  current = undefined;
}
