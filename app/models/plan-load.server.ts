import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applications,
  applicationWishes,
  assignments,
  events,
  exits,
  halls,
  obstacles,
  organisations,
  powerBoxes,
  stands,
  venues,
  zones,
} from "../../db/schema";
import { PLAN_FORMAT, ruleSettingsSchema, type Exhibitor, type Plan } from "../../floorplans/format/schema";
import { PlanEventNotFound } from "./plan-errors.server";
import { PLAN_APPLICATION_STATUSES, optional, toPhases, type DbHandle } from "./plan-db.server";

/**
 * The event's plan as an `allee.plan/v1` document: the one mapping from the database to the
 * format (its inverse is `replaceEventPlan`). Nine queries whatever the plan's size; everything is
 * ordered by hall position then code, so two loads of the same data serialise to the same text.
 */
export function loadEventPlan(eventId: number, db: DbHandle = getDb()): Plan {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new PlanEventNotFound(eventId);

  const hallRows = db
    .select({ hall: halls, venueName: venues.name })
    .from(halls)
    .innerJoin(venues, eq(venues.id, halls.venueId))
    .where(eq(halls.eventId, eventId))
    .orderBy(asc(halls.position), asc(halls.code))
    .all();
  const inEvent = eq(halls.eventId, eventId);
  const hallOrder = [asc(halls.position), asc(halls.code)];

  const obstacleRows = db
    .select({ row: obstacles, hallCode: halls.code })
    .from(obstacles)
    .innerJoin(halls, eq(halls.id, obstacles.hallId))
    .where(inEvent)
    .orderBy(...hallOrder, asc(obstacles.code))
    .all();
  const exitRows = db
    .select({ row: exits, hallCode: halls.code })
    .from(exits)
    .innerJoin(halls, eq(halls.id, exits.hallId))
    .where(inEvent)
    .orderBy(...hallOrder, asc(exits.code))
    .all();
  const boxRows = db
    .select({ row: powerBoxes, hallCode: halls.code })
    .from(powerBoxes)
    .innerJoin(halls, eq(halls.id, powerBoxes.hallId))
    .where(inEvent)
    .orderBy(...hallOrder, asc(powerBoxes.code))
    .all();
  const zoneRows = db
    .select({ row: zones, hallCode: halls.code })
    .from(zones)
    .innerJoin(halls, eq(halls.id, zones.hallId))
    .where(inEvent)
    .orderBy(...hallOrder, asc(zones.code))
    .all();
  const standRows = db
    .select({ row: stands, hallCode: halls.code, boxCode: powerBoxes.code, exhibitorId: organisations.slug })
    .from(stands)
    .innerJoin(halls, eq(halls.id, stands.hallId))
    .leftJoin(powerBoxes, eq(powerBoxes.id, stands.powerBoxId))
    .leftJoin(assignments, eq(assignments.standId, stands.id))
    .leftJoin(applications, eq(applications.id, assignments.applicationId))
    .leftJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(stands.eventId, eventId))
    .orderBy(...hallOrder, asc(stands.code))
    .all();

  const exhibitors = loadExhibitors(
    db,
    eventId,
    new Set(zoneRows.filter((z) => z.row.kind === "pavilion").map((z) => z.row.code)),
  );

  return {
    format: PLAN_FORMAT,
    name: event.name,
    // Settings written by hand or by an older version may hold unknown keys: keep only the catalogue's.
    rules: ruleSettingsSchema.catch({}).parse(event.ruleSettings),
    halls: hallRows.map(({ hall, venueName }) => ({
      id: hall.code,
      name: hall.name,
      venue: venueName,
      outline: hall.outline,
      powerSupplyKw: optional(hall.powerSupplyKw),
    })),
    obstacles: obstacleRows.map(({ row, hallCode }) => ({
      id: row.code,
      hallId: hallCode,
      kind: row.kind,
      label: optional(row.label),
      polygon: row.polygon,
    })),
    exits: exitRows.map(({ row, hallCode }) => ({
      id: row.code,
      hallId: hallCode,
      label: optional(row.label),
      a: [row.ax, row.ay],
      b: [row.bx, row.by],
    })),
    powerBoxes: boxRows.map(({ row, hallCode }) => ({
      id: row.code,
      hallId: hallCode,
      label: optional(row.label),
      at: [row.x, row.y],
      capacityKw: optional(row.capacityKw),
      phases: toPhases(row.phases),
    })),
    zones: zoneRows.map(({ row, hallCode }) => ({
      id: row.code,
      hallId: hallCode,
      kind: row.kind,
      name: row.name === "" ? undefined : row.name,
      polygon: row.polygon,
    })),
    stands: standRows.map(({ row, hallCode, boxCode, exhibitorId }) => ({
      id: row.code,
      hallId: hallCode,
      label: optional(row.label),
      x: row.x,
      y: row.y,
      width: row.width,
      depth: row.depth,
      rotation: row.rotation,
      covered: row.covered,
      powerBoxId: boxCode,
      exhibitorId,
      status: row.status,
      notes: optional(row.notes),
    })),
    exhibitors,
  };
}

/**
 * Exhibitors on the plan: accepted or confirmed applications, plus any application holding a stand
 * (whatever its status, so that no stand points at a missing exhibitor). Wishes are kept only
 * between exhibitors present, as the format requires every reference to resolve.
 */
function loadExhibitors(db: DbHandle, eventId: number, pavilionCodes: Set<string>): Exhibitor[] {
  const holdsStand = sql`${applications.id} in (select ${assignments.applicationId} from ${assignments}
    inner join ${stands} on ${stands.id} = ${assignments.standId} where ${stands.eventId} = ${eventId})`;
  const rows = db
    .select({ application: applications, slug: organisations.slug, name: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(
      and(
        eq(applications.eventId, eventId),
        or(inArray(applications.status, [...PLAN_APPLICATION_STATUSES]), holdsStand),
      ),
    )
    .orderBy(asc(organisations.slug))
    .all();
  const present = new Set(rows.map((r) => r.slug));
  const wishes = db
    .select({
      applicationId: applicationWishes.applicationId,
      kind: applicationWishes.kind,
      target: organisations.slug,
    })
    .from(applicationWishes)
    .innerJoin(applications, eq(applications.id, applicationWishes.applicationId))
    .innerJoin(organisations, eq(organisations.id, applicationWishes.organisationId))
    .where(eq(applications.eventId, eventId))
    .orderBy(asc(organisations.slug))
    .all();
  const wishesByApplication = new Map<number, typeof wishes>();
  for (const w of wishes)
    wishesByApplication.set(w.applicationId, [...(wishesByApplication.get(w.applicationId) ?? []), w]);

  return rows.map(({ application: a, slug, name }) => {
    const mine = (wishesByApplication.get(a.id) ?? []).filter(
      (w) => present.has(w.target) && w.target !== slug,
    );
    return {
      id: slug,
      name,
      requestedAreaM2: a.requestedAreaM2,
      powerKw: a.powerKw,
      phases: toPhases(a.phases),
      pavilionId: a.pavilionCode !== null && pavilionCodes.has(a.pavilionCode) ? a.pavilionCode : null,
      avoid: mine.filter((w) => w.kind === "avoid").map((w) => w.target),
      near: mine.filter((w) => w.kind === "near").map((w) => w.target),
      noise: a.noise,
      priority: a.priority,
    };
  });
}
