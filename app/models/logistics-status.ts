import type { LogisticsFormKind, SubmissionStatus } from "../../db/schema/logistics";

/**
 * Pure rules of a logistics form's life: its status on the checklist, whether it can still be
 * changed, and default deadlines. Shared by the portal, the organisers' settings, staff's matrix.
 */
export const checklistStatuses = ["todo", "draft", "submitted", "approved", "rejected", "late"] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];

export interface FormTerms {
  mandatory: boolean;
  dueAt: Date;
}

const DAY_MS = 86_400_000;

export function isPastDue(form: { dueAt: Date }, now: Date): boolean {
  return now.getTime() > form.dueAt.getTime();
}

/** What the checklist shows: a mandatory form neither submitted nor approved by its deadline is late. */
export function checklistStatus(
  form: FormTerms,
  submission: { status: SubmissionStatus } | null | undefined,
  now: Date,
): ChecklistStatus {
  const status = submission?.status;
  if (status === "approved" || status === "submitted" || status === "rejected") return status;
  if (form.mandatory && isPastDue(form, now)) return "late";
  return status === "draft" ? "draft" : "todo";
}

export type EditLock = "approved" | "deadline" | null;

/**
 * Why a form can no longer be changed, or null. Approved answers are final. After the deadline
 * nothing new comes in, except a form staff rejected: they asked for a correction, so it stays open.
 */
export function editLock(
  form: { dueAt: Date },
  submission: { status: SubmissionStatus } | null | undefined,
  now: Date,
): EditLock {
  if (submission?.status === "approved") return "approved";
  if (submission?.status === "rejected") return null;
  return isPastDue(form, now) ? "deadline" : null;
}

/** Days before opening each form is due by default (T 8: machines are declared a month before). */
export const defaultDueDays: Record<LogisticsFormKind, number> = {
  electrical: 21,
  furniture: 21,
  badges: 10,
  load_in: 10,
  load_out: 10,
  vehicle: 10,
  insurance: 30,
  fire_rating: 30,
  machines: 30,
  safety_rules: 7,
};

/** Offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock time ("YYYY-MM-DDTHH:mm") in a time zone. */
export function zonedInstant(local: string, timeZone: string): Date {
  const guess = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  // A second pass settles instants near a change of summer time.
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}

/** The wall-clock time of an instant in a time zone, "YYYY-MM-DDTHH:mm" (for datetime-local inputs). */
export function localDateTime(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffsetMs(at, timeZone)).toISOString().slice(0, 16);
}

/** The last minute of a calendar day in a time zone: a deadline "on" that day. */
export function endOfDay(day: string, timeZone: string): Date {
  return zonedInstant(`${day}T23:59`, timeZone);
}

/** The default deadline of a form: the end of the day N days before the event opens. */
export function defaultDueAt(kind: LogisticsFormKind, event: { startsOn: string; timezone: string }): Date {
  const opening = Date.parse(`${event.startsOn}T12:00:00Z`);
  const day = new Date(opening - defaultDueDays[kind] * DAY_MS).toISOString().slice(0, 10);
  return endOfDay(day, event.timezone);
}
