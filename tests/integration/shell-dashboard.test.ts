import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { getEventDashboard } from "~/models/dashboard.server";
import { loader as eventHomeLoader } from "~/routes/admin/event-home";
import {
  assign,
  buildRequest,
  catchResponse,
  insertApplication,
  insertEvent,
  insertHall,
  insertOrganisation,
  insertStand,
  insertTestUser,
  insertVenue,
  linkVenue,
  routeArgs,
  sessionCookieFor,
} from "./shell-fixtures";

useTestDatabase();

let eventId = 0;
let emptyEventId = 0;
const cookies = { organiser: "", staff: "", exhibitor: "" };

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07", { endsOn: "2024-11-08", name: "MIN 2024" });
  eventId = event.id;
  const friche = insertVenue("La Cartonnerie", "Marseille");
  const aix = insertVenue("3bisf", "Aix-en-Provence");
  linkVenue(eventId, aix.id, 1);
  linkVenue(eventId, friche.id, 0);
  const main = insertHall(eventId, friche.id, "cartonnerie", 108);
  insertHall(eventId, friche.id, "annexe", null); // no supply set: ignored, not counted as 0
  insertHall(eventId, aix.id, "aix", 36);

  const a01 = insertStand(main, "A01", [3, 3], "assigned");
  const a02 = insertStand(main, "A02", [4, 3], "assigned");
  insertStand(main, "A03", [6, 3], "available");
  insertStand(main, "A04", [3, 3], "available");
  insertStand(main, "A05", [3, 3], "held");
  insertStand(main, "A06", [3, 3], "blocked");
  insertStand(main, "A07", [4, 3], "reserved");

  const statuses = [
    ["draft", 5],
    ["submitted", 3],
    ["submitted", 3],
    ["in_review", 2],
    ["accepted", 10],
    ["accepted", 4.5],
    ["confirmed", 6],
    ["waitlisted", 8],
    ["rejected", 20],
    ["withdrawn", 1],
  ] as const;
  const created = statuses.map(([status, kw], i) =>
    insertApplication(eventId, insertOrganisation(`org-${i}`).id, status, kw),
  );
  assign(a01.id, created[4]!.id);
  assign(a02.id, created[6]!.id);

  // Another event's figures must not leak into this one.
  const other = insertEvent("other-2025", "2025-05-01");
  const otherVenue = insertVenue("Elsewhere", "Lyon");
  linkVenue(other.id, otherVenue.id, 0);
  const otherHall = insertHall(other.id, otherVenue.id, "big", 500);
  const big = insertStand(otherHall, "B01", [10, 10], "assigned");
  const otherApplication = insertApplication(other.id, insertOrganisation("other-org").id, "confirmed", 50);
  assign(big.id, otherApplication.id);

  emptyEventId = insertEvent("empty-2026", "2026-03-01").id;

  const org = insertOrganisation("expo");
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@test.example", "organiser").id);
  cookies.staff = await sessionCookieFor(insertTestUser("staff@test.example", "staff").id);
  cookies.exhibitor = await sessionCookieFor(insertTestUser("expo@test.example", "exhibitor", org.id).id);
});

describe("getEventDashboard", () => {
  it("counts applications by status and along the funnel", () => {
    const { applications } = getEventDashboard(eventId);
    expect(applications.total).toBe(10);
    expect(applications.byStatus).toEqual({
      draft: 1,
      submitted: 2,
      in_review: 1,
      accepted: 2,
      waitlisted: 1,
      rejected: 1,
      confirmed: 1,
      withdrawn: 1,
    });
    expect(applications.funnel).toEqual([
      { stage: "submitted", count: 9 },
      { stage: "in_review", count: 6 },
      { stage: "accepted", count: 3 },
      { stage: "confirmed", count: 1 },
    ]);
  });

  it("counts stands by status and the area assigned vs available", () => {
    const { stands, area } = getEventDashboard(eventId);
    expect(stands).toEqual({
      total: 7,
      byStatus: { available: 2, held: 1, reserved: 1, assigned: 2, blocked: 1 },
    });
    expect(area).toEqual({ totalM2: 78, assignedM2: 21, availableM2: 27 });
  });

  it("sums the kW of accepted and confirmed applications against the halls' supply", () => {
    expect(getEventDashboard(eventId).power).toEqual({ orderedKw: 20.5, supplyKw: 144 });
  });

  it("lists the venues in their order with their hall counts", () => {
    expect(getEventDashboard(eventId).venues).toEqual([
      { name: "La Cartonnerie", city: "Marseille", hallCount: 2 },
      { name: "3bisf", city: "Aix-en-Provence", hallCount: 1 },
    ]);
  });

  it("gives zeroes, not errors, for an event with nothing yet", () => {
    const dashboard = getEventDashboard(emptyEventId);
    expect(dashboard.applications.total).toBe(0);
    expect(dashboard.applications.funnel.map((step) => step.count)).toEqual([0, 0, 0, 0]);
    expect(dashboard.stands.total).toBe(0);
    expect(dashboard.area).toEqual({ totalM2: 0, assignedM2: 0, availableM2: 0 });
    expect(dashboard.power).toEqual({ orderedKw: 0, supplyKw: null });
    expect(dashboard.venues).toEqual([]);
  });
});

describe("/admin/events/:slug", () => {
  it.each(["organiser", "staff"] as const)("shows the %s the event's figures", async (role) => {
    const data = await eventHomeLoader(
      routeArgs(buildRequest("/admin/events/min-2024", cookies[role]), { slug: "min-2024" }),
    );
    expect(data.event).toEqual({
      slug: "min-2024",
      name: "MIN 2024",
      startsOn: "2024-11-07",
      endsOn: "2024-11-08",
    });
    expect(data.dashboard.power.orderedKw).toBe(20.5);
  });

  it("answers 404 for an unknown event", async () => {
    const response = await catchResponse(() =>
      eventHomeLoader(routeArgs(buildRequest("/admin/events/nope", cookies.organiser), { slug: "nope" })),
    );
    expect(response.status).toBe(404);
  });

  it("answers 403 to an exhibitor", async () => {
    const response = await catchResponse(() =>
      eventHomeLoader(
        routeArgs(buildRequest("/admin/events/min-2024", cookies.exhibitor), { slug: "min-2024" }),
      ),
    );
    expect(response.status).toBe(403);
  });

  it("sends an anonymous visitor to the login page", async () => {
    const response = await catchResponse(() =>
      eventHomeLoader(routeArgs(buildRequest("/admin/events/min-2024"), { slug: "min-2024" })),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fevents%2Fmin-2024");
  });
});
