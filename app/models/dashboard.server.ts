import { asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  applicationStatuses,
  assignments,
  eventVenues,
  halls,
  stands,
  venues,
  type ApplicationStatus,
} from "../../db/schema";
import { standStatuses, type StandStatus } from "../../floorplans/format/schema";
import { FUNNEL_STATUSES, funnelStages, type FunnelStage } from "./application-funnel";

export { funnelStages, type FunnelStage } from "./application-funnel";

/** Power is ordered once the organisers said yes: the kW of pending requests may never be drawn. */
const ORDERING_POWER: readonly ApplicationStatus[] = ["accepted", "confirmed"];

export interface EventDashboard {
  applications: {
    total: number;
    byStatus: Record<ApplicationStatus, number>;
    funnel: { stage: FunnelStage; count: number }[];
  };
  stands: { total: number; byStatus: Record<StandStatus, number> };
  /** Stand footprints (width × depth); assigned = stands that hold an assignment. */
  area: { totalM2: number; assignedM2: number; availableM2: number };
  /** `supplyKw` is null when no hall of the event has a supply set. */
  power: { orderedKw: number; supplyKw: number | null };
  venues: { name: string; city: string; hallCount: number }[];
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The figures of an event's home, in four aggregate queries whatever the event's size. */
export function getEventDashboard(eventId: number): EventDashboard {
  const db = getDb();
  const applicationRows = db
    .select({
      status: applications.status,
      count: count(),
      powerKw: sql<number>`coalesce(sum(${applications.powerKw}), 0)`.mapWith(Number),
    })
    .from(applications)
    .where(eq(applications.eventId, eventId))
    .groupBy(applications.status)
    .all();

  const footprint = sql`${stands.width} * ${stands.depth}`;
  const standRows = db
    .select({
      status: stands.status,
      count: count(),
      areaM2: sql<number>`coalesce(sum(${footprint}), 0)`.mapWith(Number),
      freeM2:
        sql<number>`coalesce(sum(case when ${assignments.id} is null then ${footprint} end), 0)`.mapWith(
          Number,
        ),
    })
    .from(stands)
    .leftJoin(assignments, eq(assignments.standId, stands.id))
    .where(eq(stands.eventId, eventId))
    .groupBy(stands.status)
    .all();

  const hallRows = db
    .select({
      venueId: halls.venueId,
      hallCount: count(),
      // sum() of only NULLs is NULL: "not set" stays distinct from 0 kW.
      supplyKw: sql<number | null>`sum(${halls.powerSupplyKw})`,
    })
    .from(halls)
    .where(eq(halls.eventId, eventId))
    .groupBy(halls.venueId)
    .all();

  const venueRows = db
    .select({ id: venues.id, name: venues.name, city: venues.city })
    .from(eventVenues)
    .innerJoin(venues, eq(venues.id, eventVenues.venueId))
    .where(eq(eventVenues.eventId, eventId))
    .orderBy(asc(eventVenues.position), asc(venues.name))
    .all();

  const byStatus = zeroes(applicationStatuses);
  let orderedKw = 0;
  for (const row of applicationRows) {
    byStatus[row.status] = row.count;
    if (ORDERING_POWER.includes(row.status)) orderedKw += row.powerKw;
  }
  const standsByStatus = zeroes(standStatuses);
  const area = { totalM2: 0, assignedM2: 0, availableM2: 0 };
  for (const row of standRows) {
    standsByStatus[row.status] = row.count;
    area.totalM2 += row.areaM2;
    area.assignedM2 += row.areaM2 - row.freeM2;
    if (row.status === "available") area.availableM2 += row.freeM2;
  }
  const supplies = hallRows.map((row) => row.supplyKw).filter((kw): kw is number => kw !== null);

  return {
    applications: {
      total: applicationRows.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      funnel: funnelStages.map((stage) => ({
        stage,
        count: FUNNEL_STATUSES[stage].reduce((sum, status) => sum + byStatus[status], 0),
      })),
    },
    stands: { total: standRows.reduce((sum, row) => sum + row.count, 0), byStatus: standsByStatus },
    area,
    power: {
      orderedKw,
      supplyKw: supplies.length > 0 ? supplies.reduce((sum, kw) => sum + Number(kw), 0) : null,
    },
    venues: venueRows.map((venue) => ({
      name: venue.name,
      city: venue.city,
      hallCount: hallRows.find((row) => row.venueId === venue.id)?.hallCount ?? 0,
    })),
  };
}
