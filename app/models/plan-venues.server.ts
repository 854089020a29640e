import { asc, eq, max } from "drizzle-orm";
import { eventVenues, halls, venues } from "../../db/schema";
import type { Plan } from "../../floorplans/format/schema";
import { DEFAULT_VENUE_NAME, type DbHandle } from "./plan-db.server";

/**
 * The venue of each hall of the plan (hall code → venue id), creating venues and event links that
 * are missing. A hall without `venue` keeps the venue it had under the same code, else falls in the
 * event's first venue, else in "Lieu sans nom": importing a plan drawn without venue names must not
 * scatter an event's halls over new nameless venues. Must run before the event's halls are deleted.
 */
export function resolveHallVenues(db: DbHandle, eventId: number, plan: Plan): Map<string, number> {
  const previous = new Map(
    db
      .select({ code: halls.code, venueId: halls.venueId })
      .from(halls)
      .where(eq(halls.eventId, eventId))
      .all()
      .map((h) => [h.code, h.venueId]),
  );
  const linked = db
    .select({ venueId: eventVenues.venueId })
    .from(eventVenues)
    .where(eq(eventVenues.eventId, eventId))
    .orderBy(asc(eventVenues.position), asc(eventVenues.venueId))
    .all()
    .map((l) => l.venueId);
  const idByName = new Map<string, number>();
  const venueNamed = (name: string): number => {
    const cached = idByName.get(name);
    if (cached !== undefined) return cached;
    const existing = db
      .select({ id: venues.id })
      .from(venues)
      .where(eq(venues.name, name))
      .orderBy(asc(venues.id))
      .get();
    const id = existing?.id ?? db.insert(venues).values({ name }).returning({ id: venues.id }).get().id;
    idByName.set(name, id);
    return id;
  };

  const result = new Map<string, number>();
  for (const hall of plan.halls) {
    const named = hall.venue?.trim();
    const venueId = named
      ? venueNamed(named)
      : (previous.get(hall.id) ?? linked[0] ?? venueNamed(DEFAULT_VENUE_NAME));
    result.set(hall.id, venueId);
  }
  linkVenues(db, eventId, [...new Set(result.values())], new Set(linked));
  return result;
}

function linkVenues(db: DbHandle, eventId: number, venueIds: number[], linked: Set<number>): void {
  const missing = venueIds.filter((id) => !linked.has(id));
  if (missing.length === 0) return;
  const last = db
    .select({ position: max(eventVenues.position) })
    .from(eventVenues)
    .where(eq(eventVenues.eventId, eventId))
    .get();
  const start = (last?.position ?? -1) + 1;
  db.insert(eventVenues)
    .values(missing.map((venueId, i) => ({ eventId, venueId, position: start + i })))
    .run();
}
