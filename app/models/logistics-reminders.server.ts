import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  eventForms,
  events,
  formSubmissions,
  logisticsReminders,
  organisations,
  type LogisticsFormKind,
} from "../../db/schema";
import type { Locale } from "../i18n/i18n";
import { recordAudit } from "./audit.server";
import { sendEmail } from "./email.server";
import { exhibitorRecipient, logisticsEmailVars, reminderLines } from "./logistics-review-email.server";

const DAY_MS = 86_400_000;
export { REMINDER_MAX_DAYS } from "./logistics-matrix-query";

export interface ReminderCandidate {
  applicationId: number;
  organisationName: string;
  forms: { kind: LogisticsFormKind; dueAt: Date }[];
  /** Already reminded on this calendar day (event's time zone): will be skipped. */
  alreadyToday: boolean;
}

/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
export function calendarDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/**
 * Accepted exhibitors with mandatory forms neither submitted nor approved (to do, draft or rejected)
 * whose deadline is still ahead and at most `days` days away. A passed deadline is not reminded: the
 * form is closed, and the matrix shows it as late.
 */
export function planReminders(eventId: number, days: number, now = new Date()) {
  const db = getDb();
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return null;
  const horizon = now.getTime() + days * DAY_MS;
  const forms = db
    .select({ id: eventForms.id, kind: eventForms.kind, dueAt: eventForms.dueAt })
    .from(eventForms)
    .where(and(eq(eventForms.eventId, eventId), eq(eventForms.enabled, true), eq(eventForms.mandatory, true)))
    .all()
    .filter((form) => form.dueAt.getTime() >= now.getTime() && form.dueAt.getTime() <= horizon)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const exhibitors = db
    .select({ applicationId: applications.id, organisationName: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(eq(applications.eventId, eventId), inArray(applications.status, ["accepted", "confirmed"])))
    .orderBy(organisations.name)
    .all();
  const done = new Set(
    forms.length === 0
      ? []
      : db
          .select({ applicationId: formSubmissions.applicationId, formId: formSubmissions.eventFormId })
          .from(formSubmissions)
          .where(
            and(
              inArray(
                formSubmissions.eventFormId,
                forms.map((f) => f.id),
              ),
              inArray(formSubmissions.status, ["submitted", "approved"]),
            ),
          )
          .all()
          .map((row) => `${row.applicationId}:${row.formId}`),
  );
  const today = calendarDay(now, event.timezone);
  const remindedToday = new Set(
    db
      .select({ applicationId: logisticsReminders.applicationId })
      .from(logisticsReminders)
      .where(eq(logisticsReminders.sentOn, today))
      .all()
      .map((row) => row.applicationId),
  );
  const candidates: ReminderCandidate[] = exhibitors.flatMap((exhibitor) => {
    const missing = forms.filter((form) => !done.has(`${exhibitor.applicationId}:${form.id}`));
    if (missing.length === 0) return [];
    return [
      {
        ...exhibitor,
        forms: missing.map(({ kind, dueAt }) => ({ kind, dueAt })),
        alreadyToday: remindedToday.has(exhibitor.applicationId),
      },
    ];
  });
  return { event, today, candidates };
}

export interface ReminderRun {
  sent: number;
  skipped: number;
  candidates: ReminderCandidate[];
}

/**
 * E-mails every candidate once, in the language of their application. The day's row in
 * logistics_reminders is claimed first, in a transaction, under its unique index: two runs at the
 * same moment (the CLI and the button) cannot both remind the same exhibitor that day.
 */
export async function sendReminders(input: {
  eventId: number;
  days: number;
  origin: string;
  userId: number | null;
  dryRun?: boolean;
  now?: Date;
}): Promise<ReminderRun | null> {
  const now = input.now ?? new Date();
  const plan = planReminders(input.eventId, input.days, now);
  if (!plan) return null;
  if (input.dryRun) {
    const skipped = plan.candidates.filter((c) => c.alreadyToday).length;
    return { sent: 0, skipped, candidates: plan.candidates };
  }
  let sent = 0;
  let skipped = 0;
  for (const candidate of plan.candidates) {
    const recipient = exhibitorRecipient(candidate.applicationId);
    const claimed =
      recipient !== null &&
      getDb().transaction((tx) => {
        const row = tx
          .insert(logisticsReminders)
          .values({
            applicationId: candidate.applicationId,
            sentOn: plan.today,
            formKinds: candidate.forms.map((f) => f.kind),
          })
          .onConflictDoNothing()
          .returning({ id: logisticsReminders.id })
          .get();
        if (!row) return false;
        recordAudit(
          {
            userId: input.userId,
            eventId: input.eventId,
            entity: "application",
            entityId: String(candidate.applicationId),
            action: "logistics.reminder",
            after: { sentOn: plan.today, forms: candidate.forms.map((f) => f.kind) },
          },
          tx,
        );
        return true;
      });
    if (!claimed || !recipient) {
      skipped += 1;
      continue;
    }
    try {
      await emailReminder(recipient, candidate, plan.event, input.origin);
      sent += 1;
    } catch (error) {
      // A malformed contact address: the day's row stays, so a retry the same day is skipped too.
      console.warn(`Reminder for application ${candidate.applicationId} not sent: ${String(error)}`);
      skipped += 1;
    }
  }
  return { sent, skipped, candidates: plan.candidates };
}

async function emailReminder(
  recipient: { email: string; name: string; locale: Locale },
  candidate: ReminderCandidate,
  event: { name: string; timezone: string },
  origin: string,
): Promise<void> {
  const vars = logisticsEmailVars(recipient.locale, "reminder", {
    event: event.name,
    organisation: candidate.organisationName,
    list: reminderLines(recipient.locale, candidate.forms, event.timezone),
  });
  await sendEmail({
    to: recipient.email,
    template: "notice",
    locale: recipient.locale,
    vars: {
      ...vars,
      name: recipient.name,
      actionUrl: `${origin}/portal/applications/${candidate.applicationId}/logistics`,
    },
  });
}
