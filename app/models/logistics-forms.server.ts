import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  assignments,
  eventForms,
  events,
  formSubmissions,
  furnitureItems,
  organisations,
  stands,
  submissionDocuments,
  logisticsFormKinds,
  type ApplicationStatus,
  type LogisticsFormKind,
} from "../../db/schema";
import type { DbExecutor } from "./audit.server";
import { badgeLimit } from "./logistics-answers";
import { checklistStatus, editLock, type ChecklistStatus, type EditLock } from "./logistics-status";

/** Only exhibitors the organisers said yes to have logistics obligations. */
export const LOGISTICS_APPLICATION_STATUSES: readonly ApplicationStatus[] = ["accepted", "confirmed"];

export type EventFormRow = typeof eventForms.$inferSelect;
export type SubmissionRow = typeof formSubmissions.$inferSelect;

export interface LogisticsContext {
  application: { id: number; eventId: number; organisationId: number; status: ApplicationStatus };
  organisationName: string;
  event: { id: number; slug: string; name: string; startsOn: string; endsOn: string; timezone: string };
}

/** An application with what its logistics pages need; the caller checks who may see it. */
export function getLogisticsContext(applicationId: number): LogisticsContext | null {
  const row = getDb()
    .select({
      application: {
        id: applications.id,
        eventId: applications.eventId,
        organisationId: applications.organisationId,
        status: applications.status,
      },
      organisationName: organisations.name,
      event: {
        id: events.id,
        slug: events.slug,
        name: events.name,
        startsOn: events.startsOn,
        endsOn: events.endsOn,
        timezone: events.timezone,
      },
    })
    .from(applications)
    .innerJoin(events, eq(events.id, applications.eventId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.id, applicationId))
    .get();
  return row ?? null;
}

const kindOrder = (kind: LogisticsFormKind) => logisticsFormKinds.indexOf(kind);

/** The forms of an event in display order (position, then the catalogue's order of kinds). */
export function listEventForms(eventId: number, tx: DbExecutor = getDb()): EventFormRow[] {
  return tx
    .select()
    .from(eventForms)
    .where(eq(eventForms.eventId, eventId))
    .all()
    .sort((a, b) => a.position - b.position || kindOrder(a.kind) - kindOrder(b.kind));
}

export function getEventForm(eventId: number, kind: LogisticsFormKind, tx: DbExecutor = getDb()) {
  return tx
    .select()
    .from(eventForms)
    .where(and(eq(eventForms.eventId, eventId), eq(eventForms.kind, kind)))
    .get();
}

export function getSubmission(eventFormId: number, applicationId: number, tx: DbExecutor = getDb()) {
  return tx
    .select()
    .from(formSubmissions)
    .where(
      and(eq(formSubmissions.eventFormId, eventFormId), eq(formSubmissions.applicationId, applicationId)),
    )
    .get();
}

export interface ChecklistRow {
  kind: LogisticsFormKind;
  mandatory: boolean;
  dueAt: string;
  status: ChecklistStatus;
  rejectionReason: string | null;
  updatedAt: string | null;
  documents: number;
}

/** Every enabled form of the event with where this exhibitor stands on it. */
export function loadChecklist(context: LogisticsContext, now = new Date()): ChecklistRow[] {
  const db = getDb();
  const forms = listEventForms(context.event.id).filter((form) => form.enabled);
  const submissions = db
    .select()
    .from(formSubmissions)
    .where(eq(formSubmissions.applicationId, context.application.id))
    .all();
  const documentCounts = new Map<number, number>();
  if (submissions.length > 0)
    for (const doc of db
      .select({ submissionId: submissionDocuments.submissionId })
      .from(submissionDocuments)
      .where(
        inArray(
          submissionDocuments.submissionId,
          submissions.map((s) => s.id),
        ),
      )
      .all())
      documentCounts.set(doc.submissionId, (documentCounts.get(doc.submissionId) ?? 0) + 1);
  return forms.map((form) => {
    const submission = submissions.find((s) => s.eventFormId === form.id);
    return {
      kind: form.kind,
      mandatory: form.mandatory,
      dueAt: form.dueAt.toISOString(),
      status: checklistStatus(form, submission, now),
      rejectionReason: submission?.status === "rejected" ? submission.rejectionReason : null,
      updatedAt: submission?.updatedAt.toISOString() ?? null,
      documents: submission ? (documentCounts.get(submission.id) ?? 0) : 0,
    };
  });
}

/** Total area of the stands assigned to an application, in m² (0 before any assignment). */
export function assignedAreaM2(applicationId: number, tx: DbExecutor = getDb()): number {
  return tx
    .select({ width: stands.width, depth: stands.depth })
    .from(assignments)
    .innerJoin(stands, eq(stands.id, assignments.standId))
    .where(eq(assignments.applicationId, applicationId))
    .all()
    .reduce((sum, stand) => sum + stand.width * stand.depth, 0);
}

export interface BadgeAllowance {
  areaM2: number;
  base: number;
  perM2: number;
  limit: number;
}

export function badgeAllowance(form: EventFormRow, areaM2: number): BadgeAllowance {
  const base = form.settings.badgesBase ?? 2;
  const perM2 = form.settings.badgesPerM2 ?? 9;
  return { areaM2, base, perM2, limit: badgeLimit(areaM2, base, perM2) };
}

export interface FurnitureItem {
  id: number;
  code: string;
  nameFr: string;
  nameEn: string;
  unitPriceCents: number;
  active: boolean;
}

export function listFurnitureItems(
  eventId: number,
  { activeOnly }: { activeOnly: boolean },
): FurnitureItem[] {
  const rows = getDb()
    .select()
    .from(furnitureItems)
    .where(eq(furnitureItems.eventId, eventId))
    .orderBy(asc(furnitureItems.code))
    .all();
  return rows
    .filter((row) => !activeOnly || row.active)
    .map(({ id, code, nameFr, nameEn, unitPriceCents, active }) => ({
      id,
      code,
      nameFr,
      nameEn,
      unitPriceCents,
      active,
    }));
}

export interface DocumentView {
  id: number;
  fileName: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
}

export function listSubmissionDocuments(submissionId: number): DocumentView[] {
  return getDb()
    .select()
    .from(submissionDocuments)
    .where(eq(submissionDocuments.submissionId, submissionId))
    .orderBy(asc(submissionDocuments.createdAt), asc(submissionDocuments.id))
    .all()
    .map((d) => ({
      id: d.id,
      fileName: d.fileName,
      mime: d.mime,
      sizeBytes: d.sizeBytes,
      createdAt: d.createdAt.toISOString(),
    }));
}

export interface FormState {
  form: EventFormRow;
  submission: SubmissionRow | null;
  status: ChecklistStatus;
  lock: EditLock;
}

/** One enabled form and this exhibitor's submission of it, or null when the event does not ask for it. */
export function loadFormState(
  context: LogisticsContext,
  kind: LogisticsFormKind,
  now = new Date(),
): FormState | null {
  const form = getEventForm(context.event.id, kind);
  if (!form || !form.enabled) return null;
  const submission = getSubmission(form.id, context.application.id) ?? null;
  return {
    form,
    submission,
    status: checklistStatus(form, submission, now),
    lock: editLock(form, submission, now),
  };
}
