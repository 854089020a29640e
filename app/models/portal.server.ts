import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  assignments,
  events,
  halls,
  organisations,
  stands,
  type ApplicationStatus,
} from "../../db/schema";

export interface PortalStand {
  code: string;
  hallName: string;
  areaM2: number;
}

export interface PortalApplication {
  id: number;
  event: { slug: string; name: string; startsOn: string; endsOn: string };
  status: ApplicationStatus;
  /** Exhibitors see stands only once the organisers publish the plan (events.publishedPlanVersion). */
  planPublished: boolean;
  stands: PortalStand[];
}

export interface ExhibitorPortal {
  organisation: { name: string };
  applications: PortalApplication[];
}

/**
 * Everything the exhibitor home shows, for one organisation only: every query filters on
 * `organisationId`, which the caller takes from the session, never from the URL or a form.
 */
export function getExhibitorPortal(organisationId: number): ExhibitorPortal | null {
  const db = getDb();
  const organisation = db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!organisation) return null;

  const applicationRows = db
    .select({
      id: applications.id,
      status: applications.status,
      slug: events.slug,
      name: events.name,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      publishedPlanVersion: events.publishedPlanVersion,
    })
    .from(applications)
    .innerJoin(events, eq(events.id, applications.eventId))
    .where(eq(applications.organisationId, organisationId))
    .orderBy(desc(events.startsOn), asc(events.name))
    .all();

  const standRows = db
    .select({
      applicationId: assignments.applicationId,
      code: stands.code,
      hallName: halls.name,
      width: stands.width,
      depth: stands.depth,
    })
    .from(assignments)
    .innerJoin(applications, eq(applications.id, assignments.applicationId))
    .innerJoin(events, eq(events.id, applications.eventId))
    .innerJoin(stands, eq(stands.id, assignments.standId))
    .innerJoin(halls, eq(halls.id, stands.hallId))
    .where(and(eq(applications.organisationId, organisationId), isNotNull(events.publishedPlanVersion)))
    .orderBy(asc(stands.code))
    .all();

  return {
    organisation,
    applications: applicationRows.map((row) => ({
      id: row.id,
      event: { slug: row.slug, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn },
      status: row.status,
      planPublished: row.publishedPlanVersion !== null,
      stands: standRows
        .filter((stand) => stand.applicationId === row.id)
        .map((stand) => ({ code: stand.code, hallName: stand.hallName, areaM2: stand.width * stand.depth })),
    })),
  };
}
