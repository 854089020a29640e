import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb } from "../../db/client";
import { applyMigrations } from "../../db/migrate";

/**
 * Points the process-wide connection at a fresh SQLite file with every migration applied,
 * for the tests of one file (vitest runs each file in its own process). No mocked database.
 */
export function useTestDatabase(): { file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allee-test-"));
  const handle = { file: path.join(dir, "test.sqlite") };
  beforeAll(() => {
    closeDb();
    process.env.DATABASE_PATH = handle.file;
    applyMigrations(getDb());
  });
  afterAll(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return handle;
}
