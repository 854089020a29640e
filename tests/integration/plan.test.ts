import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { applications, assignments, auditLog, eventVenues, stands } from "../../db/schema";
import { serializePlan } from "../../floorplans/format/serialize";
import {
  DEFAULT_VENUE_NAME,
  PlanEventNotFound,
  PlanImportRefused,
  PlanVersionConflict,
  countEventPlan,
  loadEventPlan,
  replaceEventPlan,
} from "../../app/models/plan.server";
import { useTestDatabase } from "../helpers/db";
import {
  auditCount,
  insertEvent,
  insertExhibitors,
  insertSmallPlanExhibitors,
  insertWish,
  planVersionOf,
  smallPlan,
  venueCount,
} from "./plan-fixtures";

useTestDatabase();

/** The plan as the database gives it back: statuses made explicit, halls in the default venue, exhibitors by id. */
function expectedAfterImport(eventName: string) {
  const plan = smallPlan();
  return {
    ...plan,
    name: eventName,
    halls: plan.halls.map((h) => ({ ...h, venue: DEFAULT_VENUE_NAME })),
    stands: plan.stands.map((s) => ({ ...s, status: s.exhibitorId === null ? "available" : "assigned" })),
    exhibitors: [...plan.exhibitors].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe("replaceEventPlan then loadEventPlan", () => {
  it("round-trips the small example, and a second round trip is byte-identical", () => {
    const eventId = insertEvent("roundtrip");
    insertSmallPlanExhibitors(eventId);

    expect(replaceEventPlan(eventId, smallPlan(), { userId: null })).toEqual({ version: 2 });
    const loaded = loadEventPlan(eventId);
    expect(loaded).toEqual(expectedAfterImport("Salon roundtrip"));

    expect(replaceEventPlan(eventId, loaded, { userId: null, expectedVersion: 2 })).toEqual({ version: 3 });
    expect(serializePlan(loadEventPlan(eventId))).toBe(serializePlan(loaded));
    expect(countEventPlan(getDb(), eventId)).toEqual({
      halls: 1,
      obstacles: 1,
      exits: 2,
      powerBoxes: 1,
      zones: 1,
      stands: 5,
      assignments: 3,
    });
  });

  it("stores rule overrides as the event's settings and gives them back", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    const plan = { ...smallPlan(), rules: { minAisleM: 2, nearDistanceM: 8 } };
    replaceEventPlan(eventId, plan, { userId: null });
    expect(loadEventPlan(eventId).rules).toEqual({ minAisleM: 2, nearDistanceM: 8 });
  });

  it("never writes the file's exhibitor attributes over the applications", () => {
    const eventId = insertEvent();
    const ids = insertSmallPlanExhibitors(eventId);
    const plan = smallPlan();
    plan.exhibitors[0] = { ...plan.exhibitors[0]!, requestedAreaM2: 36, powerKw: 11, noise: "loud" };
    replaceEventPlan(eventId, plan, { userId: null });
    const row = getDb()
      .select()
      .from(applications)
      .where(eq(applications.id, ids.get("studio-lumen")!))
      .get()!;
    expect([row.requestedAreaM2, row.powerKw, row.noise]).toEqual([9, 3, "normal"]);
    expect(loadEventPlan(eventId).exhibitors[1]).toMatchObject({
      id: "studio-lumen",
      requestedAreaM2: 9,
      powerKw: 3,
    });
  });

  it("lists accepted, confirmed and stand-holding exhibitors only, with wishes among them", () => {
    const eventId = insertEvent();
    const ids = insertSmallPlanExhibitors(eventId);
    const others = insertExhibitors(eventId, [
      {
        slug: "son-du-sud",
        name: "Son du Sud",
        status: "accepted",
        requestedAreaM2: 18,
        pavilionCode: "pav-absent",
      },
      { slug: "brouillon-sarl", name: "Brouillon SARL", status: "draft" },
      { slug: "attente-sas", name: "Attente SAS", status: "waitlisted" },
    ]);
    insertWish(ids.get("xr-lab")!, "brouillon-sarl", "near"); // not on the plan: dropped
    insertWish(ids.get("xr-lab")!, "son-du-sud", "near");
    insertWish(others.get("son-du-sud")!, "studio-lumen", "avoid");
    const plan = smallPlan();
    plan.exhibitors.push({
      id: "attente-sas",
      name: "Attente SAS",
      requestedAreaM2: 9,
      powerKw: 0,
      phases: 1,
      pavilionId: null,
      avoid: [],
      near: [],
      noise: "normal",
      priority: 1,
    });
    plan.stands[3] = { ...plan.stands[3]!, exhibitorId: "attente-sas", status: "held" };
    replaceEventPlan(eventId, plan, { userId: null });

    const loaded = loadEventPlan(eventId);
    expect(loaded.exhibitors.map((e) => e.id)).toEqual([
      "atelier-onde",
      "attente-sas",
      "son-du-sud",
      "studio-lumen",
      "xr-lab",
    ]);
    expect(loaded.exhibitors.find((e) => e.id === "xr-lab")).toMatchObject({
      near: ["son-du-sud"],
      pavilionId: "pav-start",
    });
    // A wished pavilion that is not on the plan is dropped rather than producing an invalid file.
    expect(loaded.exhibitors.find((e) => e.id === "son-du-sud")).toMatchObject({
      avoid: ["studio-lumen"],
      pavilionId: null,
    });
    expect(loaded.stands.find((s) => s.id === "B01")).toMatchObject({
      exhibitorId: "attente-sas",
      status: "held",
    });
  });

  it("maps halls to venues by name, creating the venue and its link once", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    const plan = smallPlan();
    plan.halls[0] = { ...plan.halls[0]!, venue: "Friche la Belle de Mai" };
    const venuesBefore = venueCount();
    replaceEventPlan(eventId, plan, { userId: null });
    replaceEventPlan(eventId, plan, { userId: null });
    expect(venueCount()).toBe(venuesBefore + 1);
    expect(getDb().select().from(eventVenues).where(eq(eventVenues.eventId, eventId)).all()).toHaveLength(1);
    expect(loadEventPlan(eventId).halls[0]!.venue).toBe("Friche la Belle de Mai");

    // Without a venue name the hall keeps the venue it had.
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    expect(loadEventPlan(eventId).halls[0]!.venue).toBe("Friche la Belle de Mai");
  });

  it("keeps an unchanged assignment's author, date and fascia name across a re-import", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    const a01 = () =>
      getDb()
        .select()
        .from(stands)
        .where(and(eq(stands.eventId, eventId), eq(stands.code, "A01")))
        .get()!;
    getDb().update(stands).set({ fasciaName: "STUDIO LUMEN" }).where(eq(stands.id, a01().id)).run();
    const assignedAt = getDb().select().from(assignments).where(eq(assignments.standId, a01().id)).get()!
      .assignedAt;

    replaceEventPlan(eventId, loadEventPlan(eventId), { userId: null });
    expect(a01().fasciaName).toBe("STUDIO LUMEN");
    expect(
      getDb().select().from(assignments).where(eq(assignments.standId, a01().id)).get()!.assignedAt,
    ).toEqual(assignedAt);
  });

  it("writes one audit row per import, with before and after counts", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    const rows = getDb().select().from(auditLog).where(eq(auditLog.eventId, eventId)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: "plan", action: "import", entityId: String(eventId) });
    expect(rows[0]!.before).toMatchObject({ version: 1, halls: 0, stands: 0, assignments: 0 });
    expect(rows[0]!.after).toMatchObject({ version: 2, halls: 1, stands: 5, assignments: 3 });
  });
});

describe("a refused import changes nothing", () => {
  function snapshot(eventId: number) {
    return {
      counts: countEventPlan(getDb(), eventId),
      version: planVersionOf(eventId),
      audit: auditCount(),
      plan: serializePlan(loadEventPlan(eventId)),
    };
  }

  it("refuses unknown exhibitors and exhibitors without an application, listing each by path", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    insertExhibitors(eventId, [{ slug: "sans-dossier", name: "Sans Dossier", noApplication: true }]);
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    const before = snapshot(eventId);

    const plan = smallPlan();
    plan.exhibitors.push(
      { ...plan.exhibitors[0]!, id: "fantome", avoid: [] },
      { ...plan.exhibitors[0]!, id: "sans-dossier", avoid: [] },
    );
    plan.stands[2] = { ...plan.stands[2]!, exhibitorId: "fantome" };
    const error = captureError(() => replaceEventPlan(eventId, plan, { userId: null }));
    expect(error).toBeInstanceOf(PlanImportRefused);
    expect((error as PlanImportRefused).problems).toEqual([
      { path: "exhibitors[3].id", message: 'unknown exhibitor "fantome": no organisation has this id' },
      {
        path: "exhibitors[4].id",
        message: 'exhibitor "sans-dossier" (Sans Dossier) has no application for this event',
      },
    ]);
    expect(snapshot(eventId)).toEqual(before);
  });

  it("refuses a plan whose references do not resolve", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    const before = snapshot(eventId);
    const plan = smallPlan();
    plan.stands[1] = { ...plan.stands[1]!, hallId: "nowhere" };
    const error = captureError(() => replaceEventPlan(eventId, plan, { userId: null }));
    expect((error as PlanImportRefused).problems.map((p) => p.path)).toEqual([
      "stands[1].hallId",
      "stands[1].powerBoxId",
    ]);
    expect(snapshot(eventId)).toEqual(before);
  });

  it("names a missing event instead of returning an empty plan", () => {
    expect(() => loadEventPlan(999_999)).toThrow(PlanEventNotFound);
    expect(() => replaceEventPlan(999_999, smallPlan(), { userId: null })).toThrow(PlanEventNotFound);
  });

  it("refuses a save based on an old version with a typed conflict", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    replaceEventPlan(eventId, smallPlan(), { userId: null, expectedVersion: 2 });
    const before = snapshot(eventId);

    const error = captureError(() =>
      replaceEventPlan(eventId, { ...smallPlan(), stands: [] }, { userId: null, expectedVersion: 2 }),
    );
    expect(error).toBeInstanceOf(PlanVersionConflict);
    expect(error).toMatchObject({ expectedVersion: 2, currentVersion: 3 });
    expect(snapshot(eventId)).toEqual(before);
  });

  it("rolls back everything when a write fails half-way", () => {
    const eventId = insertEvent();
    insertSmallPlanExhibitors(eventId);
    replaceEventPlan(eventId, smallPlan(), { userId: null });
    const before = snapshot(eventId);
    const plan = smallPlan();
    // Duplicate obstacle ids are refused by parsePlan, not re-checked here: the unique index fails
    // after the old plan was deleted, and the transaction must bring it back.
    plan.obstacles.push({
      ...plan.obstacles[0]!,
      polygon: [
        [1, 1],
        [1.3, 1],
        [1.3, 1.3],
        [1, 1.3],
      ],
    });
    expect(() => replaceEventPlan(eventId, plan, { userId: null })).toThrow(/UNIQUE/);
    expect(snapshot(eventId)).toEqual(before);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
