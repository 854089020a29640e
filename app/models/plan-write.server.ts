import { eq, inArray } from "drizzle-orm";
import { assignments, exits, halls, obstacles, powerBoxes, stands, zones } from "../../db/schema";
import type { Plan } from "../../floorplans/format/schema";
import type { DbHandle } from "./plan-db.server";

/** What survives a re-import of a stand that keeps its code and exhibitor (not part of the format). */
export interface KeptStandData {
  applicationId: number | null;
  fasciaName: string | null;
  assignedById: number | null;
  assignedAt: Date | null;
}

/** Stand code → what the stand carries outside the plan format, read before the stands are deleted. */
export function readKeptStandData(db: DbHandle, eventId: number): Map<string, KeptStandData> {
  const rows = db
    .select({
      code: stands.code,
      fasciaName: stands.fasciaName,
      applicationId: assignments.applicationId,
      assignedById: assignments.assignedById,
      assignedAt: assignments.assignedAt,
    })
    .from(stands)
    .leftJoin(assignments, eq(assignments.standId, stands.id))
    .where(eq(stands.eventId, eventId))
    .all();
  return new Map(rows.map(({ code, ...kept }) => [code, kept]));
}

/** Deletes the event's plan, children first (no reliance on ON DELETE CASCADE being enabled). */
export function deleteEventPlan(db: DbHandle, eventId: number): void {
  const eventStands = db.select({ id: stands.id }).from(stands).where(eq(stands.eventId, eventId));
  const eventHalls = db.select({ id: halls.id }).from(halls).where(eq(halls.eventId, eventId));
  db.delete(assignments).where(inArray(assignments.standId, eventStands)).run();
  db.delete(stands).where(eq(stands.eventId, eventId)).run();
  for (const table of [zones, powerBoxes, exits, obstacles])
    db.delete(table).where(inArray(table.hallId, eventHalls)).run();
  db.delete(halls).where(eq(halls.eventId, eventId)).run();
}

// Well under SQLite's limit of 32,766 bound parameters per statement, whatever the plan's size.
const CHUNK = 400;
function chunked<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export interface WritePlanInput {
  eventId: number;
  plan: Plan;
  venueByHall: Map<string, number>;
  applicationBySlug: Map<string, number>;
  kept: Map<string, KeptStandData>;
  userId: number | null;
  now: Date;
}

/** Inserts the plan's rows; returns the number of assignments written. */
export function insertEventPlan(db: DbHandle, input: WritePlanInput): number {
  const { eventId, plan } = input;
  const hallIdByCode = new Map<string, number>();
  plan.halls.forEach((hall, position) => {
    const row = db
      .insert(halls)
      .values({
        eventId,
        venueId: input.venueByHall.get(hall.id)!,
        code: hall.id,
        name: hall.name,
        outline: hall.outline,
        powerSupplyKw: hall.powerSupplyKw ?? null,
        position,
      })
      .returning({ id: halls.id })
      .get();
    hallIdByCode.set(hall.id, row.id);
  });
  const hallOf = (code: string) => hallIdByCode.get(code)!;

  for (const part of chunked(plan.obstacles)) {
    db.insert(obstacles)
      .values(
        part.map((o) => ({
          hallId: hallOf(o.hallId),
          code: o.id,
          kind: o.kind,
          polygon: o.polygon,
          label: o.label ?? null,
        })),
      )
      .run();
  }
  for (const part of chunked(plan.exits)) {
    db.insert(exits)
      .values(
        part.map((e) => ({
          hallId: hallOf(e.hallId),
          code: e.id,
          ax: e.a[0],
          ay: e.a[1],
          bx: e.b[0],
          by: e.b[1],
          label: e.label ?? null,
        })),
      )
      .run();
  }
  for (const part of chunked(plan.zones)) {
    db.insert(zones)
      .values(
        part.map((z) => ({
          hallId: hallOf(z.hallId),
          code: z.id,
          kind: z.kind,
          name: z.name ?? "",
          polygon: z.polygon,
        })),
      )
      .run();
  }
  const boxIdByCode = new Map<string, number>();
  for (const part of chunked(plan.powerBoxes)) {
    const rows = db
      .insert(powerBoxes)
      .values(
        part.map((b) => ({
          hallId: hallOf(b.hallId),
          code: b.id,
          x: b.at[0],
          y: b.at[1],
          capacityKw: b.capacityKw ?? null,
          phases: b.phases,
          label: b.label ?? null,
        })),
      )
      .returning({ id: powerBoxes.id, code: powerBoxes.code })
      .all();
    for (const r of rows) boxIdByCode.set(r.code, r.id);
  }
  return insertStands(db, input, hallOf, boxIdByCode);
}

function insertStands(
  db: DbHandle,
  input: WritePlanInput,
  hallOf: (code: string) => number,
  boxIdByCode: Map<string, number>,
): number {
  const { eventId, plan, kept, applicationBySlug } = input;
  const applicationOf = (exhibitorId: string | null) =>
    exhibitorId === null ? undefined : applicationBySlug.get(exhibitorId);
  const standIdByCode = new Map<string, number>();
  for (const part of chunked(plan.stands)) {
    const rows = db
      .insert(stands)
      .values(
        part.map((s) => {
          const before = kept.get(s.id);
          const sameExhibitor =
            before !== undefined && before.applicationId === (applicationOf(s.exhibitorId) ?? null);
          return {
            eventId,
            hallId: hallOf(s.hallId),
            code: s.id,
            x: s.x,
            y: s.y,
            width: s.width,
            depth: s.depth,
            rotation: s.rotation,
            covered: s.covered,
            // A file that gives a stand an exhibitor but no status means it is taken.
            status: s.status ?? (s.exhibitorId === null ? "available" : "assigned"),
            powerBoxId: s.powerBoxId === null ? null : boxIdByCode.get(s.powerBoxId)!,
            label: s.label ?? null,
            notes: s.notes ?? null,
            fasciaName: sameExhibitor ? before.fasciaName : null,
          };
        }),
      )
      .returning({ id: stands.id, code: stands.code })
      .all();
    for (const r of rows) standIdByCode.set(r.code, r.id);
  }

  const assignmentRows = plan.stands.flatMap((s) => {
    const applicationId = applicationOf(s.exhibitorId);
    if (applicationId === undefined) return [];
    const before = kept.get(s.id);
    // Re-importing an unchanged assignment keeps who made it and when; a new one is the importer's.
    const unchanged = before?.applicationId === applicationId && before.assignedAt !== null;
    return [
      {
        standId: standIdByCode.get(s.id)!,
        applicationId,
        assignedById: unchanged ? before.assignedById : input.userId,
        assignedAt: unchanged ? before.assignedAt! : input.now,
      },
    ];
  });
  for (const part of chunked(assignmentRows)) db.insert(assignments).values(part).run();
  return assignmentRows.length;
}
