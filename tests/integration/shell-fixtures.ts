import { getDb } from "../../db/client";
import {
  applications,
  assignments,
  events,
  eventVenues,
  halls,
  organisations,
  stands,
  venues,
  type ApplicationStatus,
} from "../../db/schema";
import type { StandStatus } from "../../floorplans/format/schema";
import { commitSessionCookie, createSession } from "~/models/session.server";
import { insertUser } from "~/models/user.server";

/** Small, explicit inserts for the shell's tests: each test file builds exactly the data it counts on. */

export function insertEvent(slug: string, startsOn: string, extra: Partial<typeof events.$inferInsert> = {}) {
  return getDb()
    .insert(events)
    .values({ slug, name: `Event ${slug}`, startsOn, endsOn: startsOn, ...extra })
    .returning()
    .get();
}

export function insertVenue(name: string, city: string) {
  return getDb().insert(venues).values({ name, city }).returning().get();
}

export function linkVenue(eventId: number, venueId: number, position: number) {
  getDb().insert(eventVenues).values({ eventId, venueId, position }).run();
}

export function insertHall(eventId: number, venueId: number, code: string, powerSupplyKw: number | null) {
  const outline: [number, number][] = [
    [0, 0],
    [40, 0],
    [40, 30],
    [0, 30],
  ];
  return getDb()
    .insert(halls)
    .values({ eventId, venueId, code, name: `Hall ${code}`, outline, powerSupplyKw })
    .returning()
    .get();
}

export function insertStand(
  hall: { id: number; eventId: number },
  code: string,
  size: [width: number, depth: number],
  status: StandStatus = "available",
) {
  const [width, depth] = size;
  return getDb()
    .insert(stands)
    .values({ eventId: hall.eventId, hallId: hall.id, code, x: 1, y: 1, width, depth, status })
    .returning()
    .get();
}

export function insertOrganisation(slug: string) {
  return getDb()
    .insert(organisations)
    .values({ slug, name: `Organisation ${slug}`, sector: "xr" })
    .returning()
    .get();
}

export function insertApplication(
  eventId: number,
  organisationId: number,
  status: ApplicationStatus,
  powerKw = 0,
) {
  return getDb()
    .insert(applications)
    .values({ eventId, organisationId, status, powerKw, requestedAreaM2: 9 })
    .returning()
    .get();
}

export function assign(standId: number, applicationId: number) {
  getDb().insert(assignments).values({ standId, applicationId }).run();
}

export function insertTestUser(
  email: string,
  role: "organiser" | "staff" | "exhibitor",
  organisationId: number | null = null,
  locale: "fr" | "en" = "fr",
) {
  return insertUser({ email, name: email.split("@")[0] ?? email, role, organisationId, locale }, null);
}

/** The `Cookie` header of a browser logged in as this user (a real session row). */
export async function sessionCookieFor(userId: number): Promise<string> {
  const setCookie = await commitSessionCookie(createSession(userId));
  return setCookie.split(";")[0] ?? "";
}

export function buildRequest(path: string, cookie?: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

/** Runs a loader or action that is expected to throw a Response (redirect, 403, 404) and returns it. */
export async function catchResponse(run: () => unknown): Promise<Response> {
  try {
    await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a thrown Response, got a normal return");
}

/** Loader/action arguments for a direct call (the framework adds more fields the shell never reads). */
export function routeArgs(request: Request, params: Record<string, string> = {}) {
  return { request, params, context: {} } as never;
}
