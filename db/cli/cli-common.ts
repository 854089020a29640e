import fs from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, databasePath, getDb } from "../client";
import { getEventBySlug, listEvents, type EventRow } from "../../app/models/event.server";

/** A failure the user can act on: printed as one line (no stack trace) with its exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function parseCliOptions<T extends Record<string, { type: "string" | "boolean" }>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliFailure(`${(error as Error).message}\n${usage}`);
  }
}

/**
 * The database of DATABASE_PATH, which must already exist: opening a missing file would silently
 * create an empty database and then fail on "no such table".
 */
export function openExistingDatabase(): void {
  const file = databasePath();
  if (file !== ":memory:" && !fs.existsSync(file)) {
    throw new CliFailure(
      `no database at ${file} (set DATABASE_PATH, or run npm run db:migrate && npm run db:seed)`,
    );
  }
  getDb();
}

export function requireEventSlug(slug: string | undefined, usage: string): EventRow {
  if (!slug) throw new CliFailure(`--event SLUG is required\n${usage}`);
  const event = getEventBySlug(slug);
  if (event) return event;
  const known = listEvents().map((e) => e.slug);
  throw new CliFailure(
    `unknown event "${slug}"${known.length > 0 ? ` (known events: ${known.join(", ")})` : " (the database has no events)"}`,
  );
}

/** Runs a command: exit code from the result, one-line messages for failures, the database closed. */
export function runCli(name: string, main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const known = error instanceof CliFailure;
        const message = error instanceof Error ? error.message : String(error);
        const hint = /no such table/.test(message) ? " (run npm run db:migrate first)" : "";
        process.stderr.write(`${name}: ${known ? "" : "error: "}${message}${hint}\n`);
        process.exitCode = known ? error.exitCode : 1;
      },
    )
    .finally(closeDb);
}
