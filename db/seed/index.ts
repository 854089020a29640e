import { closeDb, databasePath } from "../client";
import { DEMO_PASSWORD, USERS } from "./data/users";
import { seedDatabase, type SeedSummary } from "./seed";

/**
 * `npm run db:seed`: the demo data, only into a database without events (`npm start` runs it on
 * every start, so a second run must be a no-op). Run `npm run db:migrate` first.
 */
function describe(summary: SeedSummary): string {
  const statuses = Object.entries(summary.applications)
    .map(([status, n]) => `${status} ${n}`)
    .join(", ");
  return [
    `Demo data seeded into ${databasePath()}:`,
    `  ${summary.events} events, ${summary.venues} venues, ${summary.organisations} organisations, ${summary.users} users`,
    `  applications: ${statuses}; ${summary.wishes} near/avoid wishes`,
    `  ${summary.stands} stands, ${summary.assignments} assigned on min-2024; accepted but unplaced: ${summary.unplaced.join(", ") || "none"}`,
    ...(summary.couldNotPlace.length > 0
      ? [`  no fitting stand found for: ${summary.couldNotPlace.join(", ")}`]
      : []),
    `  min-2024 logistics: ${summary.logistics.forms} forms, ${summary.logistics.furnitureItems} furniture items, ${summary.logistics.slots} slots (${summary.logistics.bookings} booked), submissions ${Object.entries(summary.logistics.submissions).map(([status, n]) => `${status} ${n}`).join(", ")}, ${summary.logistics.documents} demo PDFs`,
    `  min-2024 plan check: ${summary.violations.errors} error(s), ${summary.violations.warnings} warning(s)${summary.violations.rules.length > 0 ? ` (${summary.violations.rules.join(", ")})` : ""}`,
    `  sign in with ${USERS.slice(0, 3)
      .map((u) => u.email)
      .join(", ")} — password ${DEMO_PASSWORD}`,
  ].join("\n");
}

seedDatabase()
  .then((summary) => {
    console.log(
      summary === null
        ? `The database ${databasePath()} already has events: not seeded (the seed never overwrites data).`
        : describe(summary),
    );
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /no such table/.test(message) ? " (run npm run db:migrate first)" : "";
    process.stderr.write(`db:seed: ${message}${hint}\n`);
    process.exitCode = 1;
  })
  .finally(closeDb);
