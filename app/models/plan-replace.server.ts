import { count, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assignments, events, exits, halls, obstacles, powerBoxes, stands, zones } from "../../db/schema";
import type { Plan } from "../../floorplans/format/schema";
import { recordAudit } from "./audit.server";
import { checkPlanReferences, resolvePlanExhibitors } from "./plan-checks.server";
import { PlanEventNotFound, PlanImportRefused, PlanVersionConflict } from "./plan-errors.server";
import type { DbHandle } from "./plan-db.server";
import { resolveHallVenues } from "./plan-venues.server";
import { deleteEventPlan, insertEventPlan, readKeptStandData } from "./plan-write.server";

export interface ReplacePlanOptions {
  /** Who imports (audit log, assignments made); null for system jobs. */
  userId: number | null;
  /** The planVersion the edit was based on; a different stored version refuses the save. */
  expectedVersion?: number;
}

export interface PlanCounts {
  halls: number;
  obstacles: number;
  exits: number;
  powerBoxes: number;
  zones: number;
  stands: number;
  assignments: number;
}

/**
 * Replaces the event's whole plan (halls and everything in them, stands, assignments and rule
 * settings) by `plan`, in one transaction, and bumps the event's plan version. Exhibitor attributes
 * in the file are not written back: applications are the source of truth for what exhibitors asked.
 * Throws PlanEventNotFound, PlanVersionConflict or PlanImportRefused, having changed nothing.
 */
export function replaceEventPlan(
  eventId: number,
  plan: Plan,
  options: ReplacePlanOptions,
): { version: number } {
  // IMMEDIATE takes the write lock before the version is read: two saves (editor, CLI) cannot both
  // pass the expectedVersion check, and a busy writer is waited for rather than failing mid-way.
  return getDb().transaction((tx) => replaceEventPlanIn(tx, eventId, plan, options), {
    behavior: "immediate",
  });
}

/** `replaceEventPlan` inside a transaction the caller already holds (the seed writes everything in one). */
export function replaceEventPlanIn(
  db: DbHandle,
  eventId: number,
  plan: Plan,
  options: ReplacePlanOptions,
): { version: number } {
  const event = db
    .select({ planVersion: events.planVersion, ruleSettings: events.ruleSettings })
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (!event) throw new PlanEventNotFound(eventId);
  if (options.expectedVersion !== undefined && options.expectedVersion !== event.planVersion) {
    throw new PlanVersionConflict(options.expectedVersion, event.planVersion);
  }
  const references = checkPlanReferences(plan);
  const { applicationBySlug, problems } = resolvePlanExhibitors(db, eventId, plan);
  if (references.length > 0 || problems.length > 0) throw new PlanImportRefused([...references, ...problems]);

  const before = countEventPlan(db, eventId);
  const venueByHall = resolveHallVenues(db, eventId, plan);
  const kept = readKeptStandData(db, eventId);
  deleteEventPlan(db, eventId);
  const now = new Date();
  const assigned = insertEventPlan(db, {
    eventId,
    plan,
    venueByHall,
    applicationBySlug,
    kept,
    userId: options.userId,
    now,
  });

  const version = event.planVersion + 1;
  const rules = Object.fromEntries(
    Object.entries(plan.rules).filter((e): e is [string, number] => e[1] !== undefined),
  );
  db.update(events).set({ planVersion: version, ruleSettings: rules }).where(eq(events.id, eventId)).run();

  const after: PlanCounts = {
    halls: plan.halls.length,
    obstacles: plan.obstacles.length,
    exits: plan.exits.length,
    powerBoxes: plan.powerBoxes.length,
    zones: plan.zones.length,
    stands: plan.stands.length,
    assignments: assigned,
  };
  recordAudit(
    {
      userId: options.userId,
      eventId,
      entity: "plan",
      entityId: String(eventId),
      action: "import",
      before: { version: event.planVersion, ...before, rules: event.ruleSettings },
      after: { version, ...after, rules },
    },
    db,
  );
  return { version };
}

/** How many of each plan element the event has (audit summaries, tests). */
export function countEventPlan(db: DbHandle, eventId: number): PlanCounts {
  const hallIds = db.select({ id: halls.id }).from(halls).where(eq(halls.eventId, eventId));
  const standIds = db.select({ id: stands.id }).from(stands).where(eq(stands.eventId, eventId));
  const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
  return {
    halls: n(db.select({ n: count() }).from(halls).where(eq(halls.eventId, eventId)).all()),
    obstacles: n(db.select({ n: count() }).from(obstacles).where(inArray(obstacles.hallId, hallIds)).all()),
    exits: n(db.select({ n: count() }).from(exits).where(inArray(exits.hallId, hallIds)).all()),
    powerBoxes: n(
      db.select({ n: count() }).from(powerBoxes).where(inArray(powerBoxes.hallId, hallIds)).all(),
    ),
    zones: n(db.select({ n: count() }).from(zones).where(inArray(zones.hallId, hallIds)).all()),
    stands: n(db.select({ n: count() }).from(stands).where(eq(stands.eventId, eventId)).all()),
    assignments: n(
      db.select({ n: count() }).from(assignments).where(inArray(assignments.standId, standIds)).all(),
    ),
  };
}
