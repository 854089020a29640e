import { count, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, applicationWishes, auditLog, events, organisations, venues } from "../../db/schema";
import { planSchema, type Plan } from "../../floorplans/format/schema";
import { replaceEventPlan } from "../../app/models/plan.server";
import { insertOrganisation, insertTestUser, sessionCookieFor } from "./shell-fixtures";

/**
 * The worked example of RULES.md (examples/small.plan.json), kept here so these tests do not depend
 * on where the example file lives; a fresh copy each call, since tests mutate theirs.
 */
export function smallPlan(): Plan {
  return planSchema.parse({
    format: "allee.plan/v1",
    name: "Exemple — petite salle",
    halls: [
      {
        id: "salle",
        name: "Petite salle",
        outline: [
          [0, 0],
          [20, 0],
          [20, 12],
          [0, 12],
        ],
        powerSupplyKw: 20,
      },
    ],
    exits: [
      { id: "porte-nord", hallId: "salle", a: [9, 0], b: [11, 0] },
      { id: "porte-sud", hallId: "salle", a: [9, 12], b: [11, 12] },
    ],
    obstacles: [
      {
        id: "poteau-1",
        hallId: "salle",
        kind: "pillar",
        polygon: [
          [14, 5],
          [14.3, 5],
          [14.3, 5.3],
          [14, 5.3],
        ],
      },
    ],
    powerBoxes: [{ id: "coffret-1", hallId: "salle", at: [10, 6], capacityKw: 6, phases: 1 }],
    zones: [
      {
        id: "pav-start",
        hallId: "salle",
        kind: "pavilion",
        name: "Village start-up",
        polygon: [
          [2, 7],
          [8, 7],
          [8, 10.5],
          [2, 10.5],
        ],
      },
    ],
    stands: [
      {
        id: "A01",
        hallId: "salle",
        x: 2,
        y: 2,
        width: 3,
        depth: 3,
        exhibitorId: "studio-lumen",
        powerBoxId: "coffret-1",
      },
      {
        id: "A02",
        hallId: "salle",
        x: 5,
        y: 2,
        width: 3,
        depth: 3,
        exhibitorId: "atelier-onde",
        powerBoxId: "coffret-1",
      },
      { id: "A03", hallId: "salle", x: 9, y: 0, width: 3, depth: 3 },
      { id: "B01", hallId: "salle", x: 14, y: 4, width: 3, depth: 3, rotation: 0 },
      { id: "P01", hallId: "salle", x: 2, y: 7, width: 3, depth: 3, exhibitorId: "xr-lab" },
    ],
    exhibitors: [
      { id: "studio-lumen", name: "Studio Lumen", requestedAreaM2: 9, powerKw: 3, avoid: ["atelier-onde"] },
      { id: "atelier-onde", name: "Atelier Onde", requestedAreaM2: 9, powerKw: 4 },
      { id: "xr-lab", name: "XR Lab", requestedAreaM2: 12, pavilionId: "pav-start" },
    ],
  });
}

let sequence = 0;

/** An event with no plan yet. */
export function insertEvent(slug = `event-${++sequence}`): number {
  return getDb()
    .insert(events)
    .values({ slug, name: `Salon ${slug}`, startsOn: "2024-11-07", endsOn: "2024-11-08" })
    .returning({ id: events.id })
    .get().id;
}

export interface OrganisationSpec {
  slug: string;
  name: string;
  status?: (typeof applications.$inferInsert)["status"];
  requestedAreaM2?: number;
  powerKw?: number;
  phases?: number;
  pavilionCode?: string | null;
  /** Create the organisation without an application for the event. */
  noApplication?: boolean;
}

/** Organisations with an application each; returns slug → application id. */
export function insertExhibitors(eventId: number, specs: OrganisationSpec[]): Map<string, number> {
  const db = getDb();
  const ids = new Map<string, number>();
  for (const spec of specs) {
    const existing = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, spec.slug))
      .get();
    const organisationId =
      existing?.id ??
      db
        .insert(organisations)
        .values({ slug: spec.slug, name: spec.name, sector: "xr" })
        .returning({ id: organisations.id })
        .get().id;
    if (spec.noApplication) continue;
    const application = db
      .insert(applications)
      .values({
        eventId,
        organisationId,
        status: spec.status ?? "accepted",
        requestedAreaM2: spec.requestedAreaM2 ?? 9,
        powerKw: spec.powerKw ?? 0,
        phases: spec.phases ?? 1,
        pavilionCode: spec.pavilionCode ?? null,
      })
      .returning({ id: applications.id })
      .get();
    ids.set(spec.slug, application.id);
  }
  return ids;
}

export function insertWish(applicationId: number, targetSlug: string, kind: "near" | "avoid"): void {
  const db = getDb();
  const target = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, targetSlug))
    .get();
  if (!target) throw new Error(`no organisation ${targetSlug}`);
  db.insert(applicationWishes).values({ applicationId, organisationId: target.id, kind }).run();
}

/** The small example's three exhibitors as organisations with applications matching the file. */
export function insertSmallPlanExhibitors(eventId: number): Map<string, number> {
  const ids = insertExhibitors(eventId, [
    { slug: "studio-lumen", name: "Studio Lumen", requestedAreaM2: 9, powerKw: 3 },
    { slug: "atelier-onde", name: "Atelier Onde", requestedAreaM2: 9, powerKw: 4, status: "confirmed" },
    { slug: "xr-lab", name: "XR Lab", requestedAreaM2: 12, pavilionCode: "pav-start" },
  ]);
  insertWish(ids.get("studio-lumen")!, "atelier-onde", "avoid");
  return ids;
}

export function planVersionOf(eventId: number): number {
  return getDb().select({ v: events.planVersion }).from(events).where(eq(events.id, eventId)).get()!.v;
}

export function auditCount(): number {
  return getDb().select({ n: count() }).from(auditLog).get()!.n;
}

export function venueCount(): number {
  return getDb().select({ n: count() }).from(venues).get()!.n;
}

let routeSequence = 0;

/** A session cookie for a new user of the role (an exhibitor gets an organisation of its own). */
export async function cookieForRole(role: "organiser" | "staff" | "exhibitor", tag: string): Promise<string> {
  const n = ++routeSequence;
  const organisationId = role === "exhibitor" ? insertOrganisation(`${tag}-org-${n}`).id : null;
  return sessionCookieFor(insertTestUser(`${role}-${tag}-${n}@example.org`, role, organisationId).id);
}

/** A new event holding the small plan and its exhibitors. */
export function eventWithSmallPlan(tag: string): { slug: string; eventId: number } {
  const slug = `${tag}-${++routeSequence}`;
  const eventId = insertEvent(slug);
  insertSmallPlanExhibitors(eventId);
  replaceEventPlan(eventId, smallPlan(), { userId: null });
  return { slug, eventId };
}
