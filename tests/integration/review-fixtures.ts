import { getDb } from "../../db/client";
import { applicationReviews, applications, organisations, outbox } from "../../db/schema";
import { buildRequest, insertTestUser, sessionCookieFor } from "./shell-fixtures";

export { buildRequest, catchResponse, insertEvent, routeArgs } from "./shell-fixtures";

/** Inserts for the review tests: each file builds exactly the organisations and applications it counts on. */

export function insertOrg(slug: string, values: Partial<typeof organisations.$inferInsert> = {}) {
  return getDb()
    .insert(organisations)
    .values({ slug, name: `Org ${slug}`, sector: "xr", ...values })
    .returning()
    .get();
}

export function insertApp(
  eventId: number,
  organisationId: number,
  values: Partial<typeof applications.$inferInsert> = {},
) {
  return getDb()
    .insert(applications)
    .values({
      eventId,
      organisationId,
      status: "submitted",
      requestedAreaM2: 9,
      contactName: "Contact",
      contactEmail: `contact${organisationId}@example.test`,
      submittedAt: new Date("2024-06-01T10:00:00Z"),
      ...values,
    })
    .returning()
    .get();
}

export function insertScore(applicationId: number, reviewerId: number, score: number, comment = "") {
  getDb().insert(applicationReviews).values({ applicationId, reviewerId, score, comment }).run();
}

export function outboxRows() {
  return getDb().select().from(outbox).all();
}

export function clearOutbox() {
  getDb().delete(outbox).run();
}

/** An organiser, a staff member and an exhibitor, each with a live session cookie. */
export async function insertRoleUsers(exhibitorOrganisationId: number) {
  const organiser = insertTestUser("orga@review.test", "organiser");
  const staff = insertTestUser("staff@review.test", "staff");
  const exhibitor = insertTestUser("expo@review.test", "exhibitor", exhibitorOrganisationId);
  return {
    organiser: { user: organiser, cookie: await sessionCookieFor(organiser.id) },
    staff: { user: staff, cookie: await sessionCookieFor(staff.id) },
    exhibitor: { user: exhibitor, cookie: await sessionCookieFor(exhibitor.id) },
  };
}

/** A POST of form fields (repeated keys allowed) as a browser would send it. */
export function postForm(path: string, cookie: string, fields: [string, string][]): Request {
  return buildRequest(path, cookie, { method: "POST", body: new URLSearchParams(fields) });
}
