import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applicationContacts, applications, applicationWishes, organisations } from "../../db/schema";
import type { DbExecutor } from "./audit.server";
import { readDraftCookie } from "./application-draft-cookie.server";

export type ApplicationRow = typeof applications.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
export type ContactRow = typeof applicationContacts.$inferSelect;
export type WishRow = { organisationId: number; kind: "near" | "avoid" };

/** Everything an applicant answered: the application, its organisation, other contacts, wishes. */
export interface ApplicationAnswers {
  application: ApplicationRow;
  organisation: OrganisationRow;
  contacts: ContactRow[];
  wishes: WishRow[];
}

export function getApplicationAnswers(
  applicationId: number,
  db: DbExecutor = getDb(),
): ApplicationAnswers | null {
  const row = db
    .select({ application: applications, organisation: organisations })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.id, applicationId))
    .get();
  if (!row) return null;
  const contacts = db
    .select()
    .from(applicationContacts)
    .where(eq(applicationContacts.applicationId, applicationId))
    .orderBy(asc(applicationContacts.position), asc(applicationContacts.id))
    .all();
  const wishes = db
    .select({ organisationId: applicationWishes.organisationId, kind: applicationWishes.kind })
    .from(applicationWishes)
    .where(eq(applicationWishes.applicationId, applicationId))
    .all();
  return { ...row, contacts, wishes };
}

/**
 * The application this browser is filling in for the event: only what the signed draft cookie
 * names, never an id from the URL or the form, and only if it belongs to this event.
 */
export async function getBrowserApplication(
  request: Request,
  eventId: number,
): Promise<ApplicationAnswers | null> {
  const draft = await readDraftCookie(request, eventId);
  if (!draft) return null;
  const answers = getApplicationAnswers(draft.applicationId);
  return answers && answers.application.eventId === eventId ? answers : null;
}

/** The application of `organisationId` for `eventId`, if any (there is at most one). */
export function getOrganisationApplication(
  eventId: number,
  organisationId: number,
  db: DbExecutor = getDb(),
) {
  return db
    .select()
    .from(applications)
    .where(and(eq(applications.eventId, eventId), eq(applications.organisationId, organisationId)))
    .get();
}
