import { z } from "zod";
import { listEvents, type EventRow } from "../../app/models/event.server";
import { REMINDER_MAX_DAYS, sendReminders } from "../../app/models/logistics-reminders.server";
import { CliFailure, openExistingDatabase, parseCliOptions, requireEventSlug, runCli } from "./cli-common";

/**
 * `npm run -s reminders -- [--event SLUG] [--days N] [--dry-run]`: e-mails each accepted exhibitor
 * whose mandatory logistics forms are missing N days (default 7) or less before their deadline, at
 * most once a day per exhibitor. Without --event, every event. Links use APP_URL.
 */
const USAGE = "usage: reminders [--event SLUG] [--days N] [--dry-run]";
const days = z.coerce.number().int().min(0).max(REMINDER_MAX_DAYS);

runCli("reminders", async () => {
  const { values, positionals } = parseCliOptions(
    process.argv.slice(2),
    { event: { type: "string" }, days: { type: "string" }, "dry-run": { type: "boolean" } },
    USAGE,
  );
  if (positionals.length > 0) throw new CliFailure(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const parsedDays = days.safeParse(values.days ?? "7");
  if (!parsedDays.success)
    throw new CliFailure(`--days must be a whole number from 0 to ${REMINDER_MAX_DAYS}\n${USAGE}`);
  openExistingDatabase();
  const targets: EventRow[] =
    values.event === undefined ? listEvents() : [requireEventSlug(values.event, USAGE)];
  const origin = (process.env.APP_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
  const dryRun = values["dry-run"] === true;
  let sent = 0;
  let skipped = 0;
  for (const event of targets) {
    const run = await sendReminders({
      eventId: event.id,
      days: parsedDays.data,
      origin,
      userId: null,
      dryRun,
    });
    if (!run) continue;
    for (const candidate of run.candidates) {
      const forms = candidate.forms.map((f) => f.kind).join(", ");
      const note = candidate.alreadyToday ? " (already reminded today: skipped)" : "";
      process.stdout.write(`${event.slug}\t${candidate.organisationName}\t${forms}${note}\n`);
    }
    sent += run.sent;
    skipped += run.skipped;
  }
  const planned = dryRun ? " (dry run: nothing sent)" : "";
  process.stdout.write(`Reminders sent: ${sent}, skipped: ${skipped}${planned}\n`);
  return 0;
});
