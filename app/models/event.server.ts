import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { events } from "../../db/schema";

export type EventRow = typeof events.$inferSelect;

export function getEventBySlug(slug: string): EventRow | undefined {
  return getDb().select().from(events).where(eq(events.slug, slug)).get();
}

/** Events, most recent first (the event switcher's order). */
export function listEvents(): EventRow[] {
  return getDb().select().from(events).orderBy(desc(events.startsOn), asc(events.name)).all();
}

/** Throws a 404 Response when the event does not exist: loaders call this first. */
export function requireEvent(slug: string | undefined): EventRow {
  const event = slug ? getEventBySlug(slug) : undefined;
  if (!event) throw new Response("Event not found", { status: 404 });
  return event;
}
