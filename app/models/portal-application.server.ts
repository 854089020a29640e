import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applicationStatuses, auditLog, events, type ApplicationStatus } from "../../db/schema";
import type { Locale } from "../i18n/i18n";
import { isEditableStep, type EditableStep } from "./application-form-options";
import { getApplicationAnswers, type ApplicationAnswers } from "./application-form.server";
import { listMissingItems, type ChecklistItem } from "./application-form-checklist";
import { summariseAnswers, type AnswersSummary } from "./application-form-summary.server";
import type { EventRow } from "./event.server";
import { loadEventPlan } from "./plan.server";
import { buildMiniMaps, type MiniMap } from "./stand-mini-map";

/** Statuses in which the exhibitor may still change answers (never after a refusal or a withdrawal). */
const EDITABLE_STATUSES: readonly ApplicationStatus[] = [
  "draft",
  "submitted",
  "in_review",
  "accepted",
  "waitlisted",
];

export type EditPermission = { allowed: true } | { allowed: false; reason: "status" | "deadline" };

export function editPermission(
  status: ApplicationStatus,
  event: { editDeadlineAt: Date | null },
  now = new Date(),
): EditPermission {
  if (!EDITABLE_STATUSES.includes(status)) return { allowed: false, reason: "status" };
  if (event.editDeadlineAt && now.getTime() > event.editDeadlineAt.getTime())
    return { allowed: false, reason: "deadline" };
  return { allowed: true };
}

/** An application with its event; the caller checks that the user may see it. */
export function getApplicationWithEvent(
  applicationId: number,
): { answers: ApplicationAnswers; event: EventRow } | null {
  const answers = getApplicationAnswers(applicationId);
  if (!answers) return null;
  const event = getDb().select().from(events).where(eq(events.id, answers.application.eventId)).get();
  return event ? { answers, event } : null;
}

export type HistoryEntry =
  | { at: string; kind: "created" }
  | { at: string; kind: "status"; status: ApplicationStatus }
  | { at: string; kind: "updated"; step: EditableStep };

const isStatus = (value: unknown): value is ApplicationStatus =>
  (applicationStatuses as readonly unknown[]).includes(value);
const field = (value: unknown, key: string): unknown =>
  value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/**
 * What the exhibitor sees of the audit log: creation, status changes and their own edits. Other
 * lines (scores, internal notes, e-mail settings) are the organisers' business and are left out.
 */
export function listApplicationHistory(applicationId: number): HistoryEntry[] {
  const rows = getDb()
    .select({ at: auditLog.at, action: auditLog.action, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "application"), eq(auditLog.entityId, String(applicationId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  return rows.flatMap((row): HistoryEntry[] => {
    const at = row.at.toISOString();
    const status = field(row.after, "status");
    if (row.action === "application.create") return [{ at, kind: "created" }];
    if (isStatus(status) && field(row.before, "status") !== status) return [{ at, kind: "status", status }];
    const step = field(row.after, "step");
    if (row.action === "application.update" && isEditableStep(step)) return [{ at, kind: "updated", step }];
    return [];
  });
}

/**
 * Applications created before the audit log (imports, the demo seed) have no lines there: their
 * creation and submission dates stand in, so the history is never blank for them.
 */
export function withStoredDates(
  entries: HistoryEntry[],
  application: { createdAt: Date; submittedAt: Date | null },
): HistoryEntry[] {
  const extra: HistoryEntry[] = [];
  if (!entries.some((entry) => entry.kind === "created"))
    extra.push({ at: application.createdAt.toISOString(), kind: "created" });
  if (
    application.submittedAt &&
    !entries.some((entry) => entry.kind === "status" && entry.status === "submitted")
  )
    extra.push({ at: application.submittedAt.toISOString(), kind: "status", status: "submitted" });
  return [...extra, ...entries].sort((a, b) => a.at.localeCompare(b.at));
}

export interface PortalApplicationView {
  summary: AnswersSummary;
  checklist: ChecklistItem[];
  history: HistoryEntry[];
  edit: EditPermission;
  /** Null until the organisers publish the plan (events.publishedPlanVersion). */
  miniMaps: MiniMap[] | null;
}

export function loadPortalApplicationView(
  answers: ApplicationAnswers,
  event: EventRow,
  locale: Locale,
): PortalApplicationView {
  const { application, organisation } = answers;
  return {
    summary: summariseAnswers(answers, locale),
    // Consent is given when submitting: once submitted, it is not something left to do in the portal.
    checklist: listMissingItems({
      organisation,
      application,
      contactRoles: answers.contacts.map((c) => c.role),
    }).filter((item) => item.code !== "consent" || application.status === "draft"),
    history: withStoredDates(listApplicationHistory(application.id), application),
    edit: editPermission(application.status, event),
    miniMaps:
      event.publishedPlanVersion === null ? null : buildMiniMaps(loadEventPlan(event.id), organisation.slug),
  };
}
