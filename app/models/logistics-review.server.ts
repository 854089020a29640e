import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  eventForms,
  events,
  formSubmissions,
  furnitureItems,
  logisticsSlots,
  organisations,
  submissionDocuments,
  users,
  type LogisticsFormKind,
  type SubmissionStatus,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { REVIEW_PAGE_SIZE, type ReviewDecision, type ReviewQueueQuery } from "./logistics-review-query";
import { sendEmail } from "./email.server";
import { listReviewDocuments } from "./logistics-review-documents.server";
import { exhibitorRecipient, logisticsEmailVars } from "./logistics-review-email.server";

export interface ReviewQueueRow {
  submissionId: number;
  kind: LogisticsFormKind;
  status: SubmissionStatus;
  organisationName: string;
  submittedAt: Date | null;
  documentCount: number;
}

/** Submitted forms (never drafts), oldest submission first: the first in is the first reviewed. */
export function listReviewQueue(eventId: number, query: ReviewQueueQuery) {
  const db = getDb();
  const statuses: SubmissionStatus[] =
    query.status === "all" ? ["submitted", "approved", "rejected"] : [query.status];
  const where = and(
    eq(eventForms.eventId, eventId),
    inArray(formSubmissions.status, statuses),
    query.kind ? eq(eventForms.kind, query.kind) : undefined,
  );
  const total =
    db
      .select({ n: count() })
      .from(formSubmissions)
      .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows: ReviewQueueRow[] = db
    .select({
      submissionId: formSubmissions.id,
      kind: eventForms.kind,
      status: formSubmissions.status,
      organisationName: organisations.name,
      submittedAt: formSubmissions.submittedAt,
      documentCount: sql<number>`(select count(*) from ${submissionDocuments} where ${submissionDocuments.submissionId} = ${formSubmissions.id})`,
    })
    .from(formSubmissions)
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .innerJoin(applications, eq(applications.id, formSubmissions.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(where)
    .orderBy(asc(formSubmissions.submittedAt), asc(formSubmissions.id))
    .limit(REVIEW_PAGE_SIZE)
    .offset((page - 1) * REVIEW_PAGE_SIZE)
    .all();
  const waiting =
    db
      .select({ n: count() })
      .from(formSubmissions)
      .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
      .where(and(eq(eventForms.eventId, eventId), eq(formSubmissions.status, "submitted")))
      .get()?.n ?? 0;
  return { rows, total, page, pageCount, waiting };
}

/** One submission of the event, with what the review page shows; undefined when not of this event. */
export function getReviewSubmission(eventId: number, submissionId: number) {
  const db = getDb();
  const row = db
    .select({
      id: formSubmissions.id,
      status: formSubmissions.status,
      data: formSubmissions.data,
      version: formSubmissions.version,
      rejectionReason: formSubmissions.rejectionReason,
      submittedAt: formSubmissions.submittedAt,
      reviewedAt: formSubmissions.reviewedAt,
      reviewerName: users.name,
      kind: eventForms.kind,
      mandatory: eventForms.mandatory,
      dueAt: eventForms.dueAt,
      applicationId: applications.id,
      organisationName: organisations.name,
    })
    .from(formSubmissions)
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .innerJoin(applications, eq(applications.id, formSubmissions.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .leftJoin(users, eq(users.id, formSubmissions.reviewedById))
    .where(and(eq(formSubmissions.id, submissionId), eq(eventForms.eventId, eventId)))
    .get();
  if (!row) return undefined;
  return {
    ...row,
    documents: listReviewDocuments(eventId, submissionId),
    lookups: answerLookups(eventId, row.kind),
  };
}

export type ReviewSubmission = NonNullable<ReturnType<typeof getReviewSubmission>>;

/** Names the answers point at by id (furniture items, slots), so the review reads as words. */
function answerLookups(eventId: number, kind: LogisticsFormKind) {
  const db = getDb();
  const furniture =
    kind === "furniture"
      ? db
          .select({
            id: furnitureItems.id,
            code: furnitureItems.code,
            nameFr: furnitureItems.nameFr,
            nameEn: furnitureItems.nameEn,
            unitPriceCents: furnitureItems.unitPriceCents,
          })
          .from(furnitureItems)
          .where(eq(furnitureItems.eventId, eventId))
          .all()
      : [];
  const slots =
    kind === "load_in" || kind === "load_out"
      ? db
          .select({ id: logisticsSlots.id, startsAt: logisticsSlots.startsAt, endsAt: logisticsSlots.endsAt })
          .from(logisticsSlots)
          .where(eq(logisticsSlots.eventId, eventId))
          .orderBy(desc(logisticsSlots.startsAt))
          .all()
      : [];
  return { furniture, slots };
}

export type ReviewOutcome =
  | { ok: true; status: "approved" | "rejected"; emailed: boolean }
  | { ok: false; reason: "notFound" | "notSubmitted" | "stale"; status?: SubmissionStatus };

/**
 * Approves or rejects a submitted form, in one transaction with its audit entry. The version the
 * reviewer saw must still be the current one: an exhibitor who changed the form meanwhile (a new
 * document, new answers) is never approved unseen. The exhibitor is e-mailed afterwards, in the
 * language of their application.
 */
export async function reviewSubmission(input: {
  eventId: number;
  submissionId: number;
  decision: ReviewDecision;
  reviewerId: number;
  origin: string;
  now?: Date;
}): Promise<ReviewOutcome> {
  const now = input.now ?? new Date();
  const { decision } = input;
  const status = decision.decision === "approve" ? ("approved" as const) : ("rejected" as const);
  const reason = decision.decision === "reject" ? decision.reason : null;
  const outcome = getDb().transaction(
    (tx): ReviewOutcome & { applicationId?: number; kind?: LogisticsFormKind } => {
      const current = tx
        .select({
          status: formSubmissions.status,
          version: formSubmissions.version,
          applicationId: formSubmissions.applicationId,
          kind: eventForms.kind,
        })
        .from(formSubmissions)
        .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
        .where(and(eq(formSubmissions.id, input.submissionId), eq(eventForms.eventId, input.eventId)))
        .get();
      if (!current) return { ok: false, reason: "notFound" };
      if (current.version !== decision.version) return { ok: false, reason: "stale", status: current.status };
      if (current.status !== "submitted")
        return { ok: false, reason: "notSubmitted", status: current.status };
      const updated = tx
        .update(formSubmissions)
        .set({
          status,
          rejectionReason: reason,
          reviewedAt: now,
          reviewedById: input.reviewerId,
          version: current.version + 1,
          updatedAt: now,
        })
        .where(and(eq(formSubmissions.id, input.submissionId), eq(formSubmissions.version, current.version)))
        .run();
      if (updated.changes !== 1) return { ok: false, reason: "stale", status: current.status };
      recordAudit(
        {
          userId: input.reviewerId,
          eventId: input.eventId,
          entity: "logistics_submission",
          entityId: String(input.submissionId),
          action: `logistics.${status === "approved" ? "approve" : "reject"}`,
          before: { status: current.status, version: current.version },
          after: { status, version: current.version + 1, ...(reason ? { reason } : {}) },
        },
        tx,
      );
      return { ok: true, status, emailed: false, applicationId: current.applicationId, kind: current.kind };
    },
  );
  if (!outcome.ok || !outcome.applicationId || !outcome.kind) return outcome;
  const emailed = await emailDecision(outcome.applicationId, outcome.kind, status, reason, input.origin);
  return { ok: true, status, emailed };
}

async function emailDecision(
  applicationId: number,
  kind: LogisticsFormKind,
  status: "approved" | "rejected",
  reason: string | null,
  origin: string,
): Promise<boolean> {
  const recipient = exhibitorRecipient(applicationId);
  if (!recipient) return false;
  const event = getDb()
    .select({ name: events.name })
    .from(events)
    .innerJoin(applications, eq(applications.eventId, events.id))
    .where(eq(applications.id, applicationId))
    .get();
  const vars = logisticsEmailVars(recipient.locale, status, {
    event: event?.name ?? "",
    form: kind,
    reason: reason ?? "",
  });
  await sendEmail({
    to: recipient.email,
    template: "notice",
    locale: recipient.locale,
    vars: {
      ...vars,
      name: recipient.name,
      actionUrl: `${origin}/portal/applications/${applicationId}/logistics/${kind}`,
    },
  });
  return true;
}

/** Submitted forms waiting per kind (for the matrix's header). */
export function countWaitingByKind(eventId: number): Partial<Record<LogisticsFormKind, number>> {
  const rows = getDb()
    .select({ kind: eventForms.kind, n: count() })
    .from(formSubmissions)
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .where(and(eq(eventForms.eventId, eventId), eq(formSubmissions.status, "submitted")))
    .groupBy(eventForms.kind)
    .all();
  return Object.fromEntries(rows.map((row) => [row.kind, row.n]));
}
