import { and, asc, count, desc, eq, exists, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applicationContacts,
  applicationReviews,
  applications,
  applicationStatuses,
  halls,
  organisations,
  zones,
  type ApplicationStatus,
} from "../../db/schema";
import { APPLICATIONS_PAGE_SIZE, type ApplicationQuery } from "./application-query";

/**
 * The review table's queries: one page of rows with their average score, the total, the counts
 * per status and the filter choices — each a single SQL statement, whatever the number of rows.
 */

export interface ApplicationListRow {
  id: number;
  organisationId: number;
  organisationName: string;
  city: string;
  country: string;
  sector: string;
  status: ApplicationStatus;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  standKind: string;
  requestedAreaM2: number;
  powerKw: number;
  phases: number;
  pavilionCode: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** AVG of the reviewers' scores; null while nobody has scored. */
  averageScore: number | null;
  reviewCount: number;
}

export interface ApplicationListPage {
  rows: ApplicationListRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

/**
 * `LIKE` with the user's text taken literally (a `%` or `_` typed in the search box matches itself),
 * ignoring case and accents on both sides (`fold`, registered on every connection in db/client.ts).
 */
function contains(column: SQL | typeof organisations.name, text: string): SQL {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`fold(${column}) like fold(${`%${escaped}%`}) escape '\\'`;
}

/** Every filter of the query but the status one (the status chips count across statuses). */
function filtersBesideStatus(eventId: number, query: ApplicationQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(applications.eventId, eventId)];
  if (query.q) {
    const otherContact = getDb()
      .select({ one: sql`1` })
      .from(applicationContacts)
      .where(
        and(
          eq(applicationContacts.applicationId, applications.id),
          or(
            contains(sql`${applicationContacts.name}`, query.q),
            contains(sql`${applicationContacts.email}`, query.q),
          ),
        ),
      );
    conditions.push(
      or(
        contains(organisations.name, query.q),
        contains(sql`${organisations.city}`, query.q),
        contains(sql`${applications.contactName}`, query.q),
        contains(sql`${applications.contactEmail}`, query.q),
        exists(otherContact),
      ),
    );
  }
  if (query.sector) conditions.push(eq(organisations.sector, query.sector));
  if (query.pavilion) conditions.push(eq(applications.pavilionCode, query.pavilion));
  if (query.country) conditions.push(eq(organisations.country, query.country));
  if (query.areaMin !== undefined) conditions.push(gte(applications.requestedAreaM2, query.areaMin));
  if (query.areaMax !== undefined) conditions.push(lte(applications.requestedAreaM2, query.areaMax));
  if (query.powerMin !== undefined) conditions.push(gte(applications.powerKw, query.powerMin));
  if (query.powerMax !== undefined) conditions.push(lte(applications.powerKw, query.powerMax));
  return and(...conditions);
}

function allFilters(eventId: number, query: ApplicationQuery): SQL | undefined {
  const statusFilter = query.status.length > 0 ? inArray(applications.status, query.status) : undefined;
  return and(filtersBesideStatus(eventId, query), statusFilter);
}

function scoresSubquery() {
  return getDb()
    .select({
      applicationId: applicationReviews.applicationId,
      averageScore: sql<number>`avg(${applicationReviews.score})`.as("average_score"),
      reviewCount: count().as("review_count"),
    })
    .from(applicationReviews)
    .groupBy(applicationReviews.applicationId)
    .as("scores");
}

// Statuses sort in workflow order, not alphabetically.
const statusRank = sql.join(
  [
    sql`case ${applications.status}`,
    ...applicationStatuses.map((status, rank) => sql`when ${status} then ${rank}`),
    sql`end`,
  ],
  sql` `,
);

function orderBy(query: ApplicationQuery, scores: ReturnType<typeof scoresSubquery>): SQL[] {
  const direction = query.dir === "asc" ? asc : desc;
  const byName = sql`fold(${organisations.name})`;
  // Missing values (no submission date, no score) go last in both directions.
  const nullsLast = (column: SQL | typeof applications.submittedAt) => [
    sql`${column} is null`,
    direction(column),
  ];
  const keys: Record<ApplicationQuery["sort"], SQL[]> = {
    name: [direction(byName)],
    submitted: nullsLast(applications.submittedAt),
    area: [direction(applications.requestedAreaM2)],
    power: [direction(applications.powerKw)],
    score: nullsLast(sql`${scores.averageScore}`),
    status: [direction(statusRank)],
  };
  return [...keys[query.sort], asc(byName), asc(applications.id)];
}

function selectRows(eventId: number, query: ApplicationQuery) {
  const scores = scoresSubquery();
  return getDb()
    .select({
      id: applications.id,
      organisationId: organisations.id,
      organisationName: organisations.name,
      city: organisations.city,
      country: organisations.country,
      sector: organisations.sector,
      status: applications.status,
      contactName: applications.contactName,
      contactEmail: applications.contactEmail,
      contactPhone: applications.contactPhone,
      standKind: applications.standKind,
      requestedAreaM2: applications.requestedAreaM2,
      powerKw: applications.powerKw,
      phases: applications.phases,
      pavilionCode: applications.pavilionCode,
      submittedAt: applications.submittedAt,
      decidedAt: applications.decidedAt,
      averageScore: sql<number | null>`${scores.averageScore}`,
      reviewCount: sql<number>`coalesce(${scores.reviewCount}, 0)`.mapWith(Number),
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .leftJoin(scores, eq(scores.applicationId, applications.id))
    .where(allFilters(eventId, query))
    .orderBy(...orderBy(query, scores));
}

/** One page of the review table; a page number past the end shows the last page. */
export function listApplications(eventId: number, query: ApplicationQuery): ApplicationListPage {
  const total =
    getDb()
      .select({ n: count() })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(allFilters(eventId, query))
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = selectRows(eventId, query)
    .limit(APPLICATIONS_PAGE_SIZE)
    .offset((page - 1) * APPLICATIONS_PAGE_SIZE)
    .all();
  return { rows, total, page, pageCount, pageSize: APPLICATIONS_PAGE_SIZE };
}

/** Every row the filters keep, in the table's order (the CSV export). */
export function listAllApplications(eventId: number, query: ApplicationQuery): ApplicationListRow[] {
  return selectRows(eventId, query).all();
}

/** How many applications each status chip would show, under the other filters. */
export function countApplicationsByStatus(
  eventId: number,
  query: ApplicationQuery,
): Record<ApplicationStatus, number> {
  const counts = Object.fromEntries(applicationStatuses.map((s) => [s, 0])) as Record<
    ApplicationStatus,
    number
  >;
  const rows = getDb()
    .select({ status: applications.status, n: count() })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(filtersBesideStatus(eventId, query))
    .groupBy(applications.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export interface ApplicationFilterOptions {
  sectors: string[];
  countries: string[];
  /** Pavilions wished by applicants, named after the event's pavilion zones when there is one. */
  pavilions: { code: string; name: string | null }[];
}

/** The values the filters offer: only those present among the event's applications. */
export function getApplicationFilterOptions(eventId: number): ApplicationFilterOptions {
  const db = getDb();
  const present = db
    .selectDistinct({
      sector: organisations.sector,
      country: organisations.country,
      pavilion: applications.pavilionCode,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.eventId, eventId))
    .all();
  const zoneNames = new Map(
    db
      .select({ code: zones.code, name: zones.name })
      .from(zones)
      .innerJoin(halls, eq(halls.id, zones.hallId))
      .where(and(eq(halls.eventId, eventId), eq(zones.kind, "pavilion")))
      .all()
      .map((zone) => [zone.code, zone.name || null]),
  );
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return {
    sectors: distinct(present.map((row) => row.sector)),
    countries: distinct(present.map((row) => row.country)),
    pavilions: distinct(present.map((row) => row.pavilion)).map((code) => ({
      code,
      name: zoneNames.get(code) ?? null,
    })),
  };
}

/** Pavilion zone names of an event by code (the detail page names the wished pavilion). */
export function getPavilionName(eventId: number, code: string): string | null {
  const zone = getDb()
    .select({ name: zones.name })
    .from(zones)
    .innerJoin(halls, eq(halls.id, zones.hallId))
    .where(and(eq(halls.eventId, eventId), eq(zones.code, code)))
    .get();
  return zone?.name || null;
}
