import { asc, count } from "drizzle-orm";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";

/** Row counts of every table the seed writes. */
export function tableCounts(): Record<string, number> {
  const db = getDb();
  const tables = {
    events: schema.events,
    venues: schema.venues,
    eventVenues: schema.eventVenues,
    halls: schema.halls,
    obstacles: schema.obstacles,
    exits: schema.exits,
    powerBoxes: schema.powerBoxes,
    zones: schema.zones,
    stands: schema.stands,
    organisations: schema.organisations,
    applications: schema.applications,
    applicationWishes: schema.applicationWishes,
    assignments: schema.assignments,
    users: schema.users,
    auditLog: schema.auditLog,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()!.n]),
  );
}

/**
 * The seeded content without what legitimately differs between runs (ids, createdAt of rows
 * stamped at insert time, password salts): two seeds of empty databases must give the same.
 */
export function seededContent() {
  const db = getDb();
  const organisations = db
    .select({
      slug: schema.organisations.slug,
      siret: schema.organisations.siret,
      name: schema.organisations.name,
    })
    .from(schema.organisations)
    .orderBy(asc(schema.organisations.slug))
    .all();
  const applications = db
    .select({
      organisationId: schema.applications.organisationId,
      eventId: schema.applications.eventId,
      status: schema.applications.status,
      contactName: schema.applications.contactName,
      contactPhone: schema.applications.contactPhone,
      submittedAt: schema.applications.submittedAt,
      decidedAt: schema.applications.decidedAt,
    })
    .from(schema.applications)
    .orderBy(asc(schema.applications.id))
    .all();
  const stands = db
    .select({
      code: schema.stands.code,
      status: schema.stands.status,
      notes: schema.stands.notes,
      powerBoxId: schema.stands.powerBoxId,
    })
    .from(schema.stands)
    .orderBy(asc(schema.stands.id))
    .all();
  const assignments = db
    .select({ standId: schema.assignments.standId, applicationId: schema.assignments.applicationId })
    .from(schema.assignments)
    .orderBy(asc(schema.assignments.standId))
    .all();
  return { organisations, applications, stands, assignments };
}
