import { and, asc, avg, desc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applicationContacts,
  applicationNotes,
  applicationReviews,
  applications,
  applicationStatuses,
  applicationWishes,
  auditLog,
  organisations,
  users,
  type ApplicationStatus,
} from "../../db/schema";
import { getPavilionName } from "./application-review.server";

export type ApplicationRow = typeof applications.$inferSelect;

/** The application of this event with this id, or undefined (another event's id reads as unknown). */
export function findEventApplication(eventId: number, applicationId: number): ApplicationRow | undefined {
  return getDb()
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.eventId, eventId)))
    .get();
}

export interface HistoryEntry {
  id: number;
  at: Date;
  userName: string | null;
  action: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  message: string | null;
}

function statusIn(value: unknown): ApplicationStatus | null {
  const status = (value as { status?: unknown } | null)?.status;
  return (applicationStatuses as readonly unknown[]).includes(status) ? (status as ApplicationStatus) : null;
}

function messageIn(value: unknown): string | null {
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === "string" && message ? message : null;
}

/** The audit rows of one application, newest first, with who made them. */
export function listApplicationHistory(applicationId: number): HistoryEntry[] {
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userName: users.name,
      userEmail: users.email,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entity, "application"), eq(auditLog.entityId, String(applicationId))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all()
    .map((row) => ({
      id: row.id,
      at: row.at,
      userName: row.userName || row.userEmail || null,
      action: row.action,
      fromStatus: statusIn(row.before),
      toStatus: statusIn(row.after),
      message: messageIn(row.after),
    }));
}

/** Everything the detail page shows, in a handful of queries (one per kind of related rows). */
export function getApplicationDetail(eventId: number, applicationId: number) {
  const db = getDb();
  const application = findEventApplication(eventId, applicationId);
  if (!application) return undefined;
  const organisation = db
    .select()
    .from(organisations)
    .where(eq(organisations.id, application.organisationId))
    .get();
  if (!organisation) return undefined;
  const contacts = db
    .select()
    .from(applicationContacts)
    .where(eq(applicationContacts.applicationId, applicationId))
    .orderBy(asc(applicationContacts.position), asc(applicationContacts.id))
    .all();
  const wishes = db
    .select({ kind: applicationWishes.kind, organisationId: organisations.id, name: organisations.name })
    .from(applicationWishes)
    .innerJoin(organisations, eq(organisations.id, applicationWishes.organisationId))
    .where(eq(applicationWishes.applicationId, applicationId))
    .orderBy(asc(applicationWishes.kind), asc(organisations.name))
    .all();
  const notes = db
    .select({
      id: applicationNotes.id,
      body: applicationNotes.body,
      createdAt: applicationNotes.createdAt,
      authorName: users.name,
    })
    .from(applicationNotes)
    .leftJoin(users, eq(users.id, applicationNotes.authorId))
    .where(eq(applicationNotes.applicationId, applicationId))
    .orderBy(desc(applicationNotes.createdAt), desc(applicationNotes.id))
    .all();
  const reviews = db
    .select({
      reviewerId: applicationReviews.reviewerId,
      reviewerName: users.name,
      score: applicationReviews.score,
      comment: applicationReviews.comment,
      updatedAt: applicationReviews.updatedAt,
    })
    .from(applicationReviews)
    .innerJoin(users, eq(users.id, applicationReviews.reviewerId))
    .where(eq(applicationReviews.applicationId, applicationId))
    .orderBy(asc(users.name))
    .all();
  const average = db
    .select({ value: avg(applicationReviews.score) })
    .from(applicationReviews)
    .where(eq(applicationReviews.applicationId, applicationId))
    .get()?.value;
  return {
    application,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      legalForm: organisation.legalForm,
      siret: organisation.siret,
      address: organisation.address,
      postcode: organisation.postcode,
      city: organisation.city,
      country: organisation.country,
      website: organisation.website,
      sector: organisation.sector,
      descriptionFr: organisation.descriptionFr,
      descriptionEn: organisation.descriptionEn,
      hasLogo: organisation.logoSha256 !== null,
    },
    pavilionName: application.pavilionCode ? getPavilionName(eventId, application.pavilionCode) : null,
    contacts,
    wishes,
    notes,
    reviews,
    // drizzle's avg() answers a string (SQLite's REAL as text); null while nobody has scored.
    averageScore: average === null || average === undefined ? null : Number(average),
    history: listApplicationHistory(applicationId),
  };
}

export type ApplicationDetail = NonNullable<ReturnType<typeof getApplicationDetail>>;
