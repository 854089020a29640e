import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, halls, organisations, zones, type ApplicationStatus } from "../../db/schema";

import type { OrganisationOption, PavilionOption } from "./application-form-options";

export type { OrganisationOption, PavilionOption };

/** The pavilion zones drawn in the event's halls: the only pavilions an applicant can wish for. */
export function listPavilionZones(eventId: number): PavilionOption[] {
  const rows = getDb()
    .select({ code: zones.code, name: zones.name })
    .from(zones)
    .innerJoin(halls, eq(halls.id, zones.hallId))
    .where(and(eq(halls.eventId, eventId), eq(zones.kind, "pavilion")))
    .orderBy(asc(halls.position), asc(zones.name), asc(zones.code))
    .all();
  // Two halls may share a code (a pavilion spread over both): offer it once.
  const seen = new Set<string>();
  return rows
    .filter((row) => !seen.has(row.code) && seen.add(row.code))
    .map((row) => ({ code: row.code, name: row.name || row.code }));
}

/**
 * Statuses whose organisations an applicant may name as neighbours or competitors: the event's
 * known exhibitors. Drafts are nobody's business yet, and refused or withdrawn ones will not be there.
 */
const LISTED_STATUSES = [
  "submitted",
  "in_review",
  "accepted",
  "waitlisted",
  "confirmed",
] as const satisfies readonly ApplicationStatus[];

export function listWishCandidates(
  eventId: number,
  excludeOrganisationId: number | null,
): OrganisationOption[] {
  const filters = [eq(applications.eventId, eventId), inArray(applications.status, [...LISTED_STATUSES])];
  if (excludeOrganisationId !== null) filters.push(ne(organisations.id, excludeOrganisationId));
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(...filters))
    .orderBy(asc(organisations.name))
    .all();
}

/** Names of given organisations (for wishes saved earlier, whatever their status is now). */
export function listOrganisationNames(ids: readonly number[]): OrganisationOption[] {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
    .orderBy(asc(organisations.name))
    .all();
}
