import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, events, ruleAcknowledgements } from "../../db/schema";
import { serializePlan } from "../../floorplans/format/serialize";
import { loadEventPlan, replaceEventPlan } from "../../app/models/plan.server";
import {
  acknowledgeWarning,
  listAcknowledgements,
  publishPlan,
  savePlanDraft,
} from "../../app/models/plan-editor.server";
import { useTestDatabase } from "../helpers/db";
import {
  auditCount,
  insertEvent,
  insertSmallPlanExhibitors,
  planVersionOf,
  smallPlan,
} from "./plan-fixtures";
import { insertOrganisation, insertTestUser } from "./shell-fixtures";

useTestDatabase();

let userSeq = 0;
function user(role: "organiser" | "staff" | "exhibitor") {
  const n = ++userSeq;
  const organisationId = role === "exhibitor" ? insertOrganisation(`org-${n}`).id : null;
  const u = insertTestUser(`${role}-${n}@example.org`, role, organisationId);
  return { id: u.id, role: u.role };
}

/** An event holding the small example at version 2, and the plan as the database gives it back. */
function eventWithPlan() {
  const eventId = insertEvent();
  insertSmallPlanExhibitors(eventId);
  replaceEventPlan(eventId, smallPlan(), { userId: null });
  return { eventId, plan: loadEventPlan(eventId) };
}

/** The small example without its errors: the competitor pair, the narrow aisle, the door, the box… */
function cleanPlan(eventId: number) {
  const plan = loadEventPlan(eventId);
  return {
    ...plan,
    powerBoxes: plan.powerBoxes.map((b) => ({ ...b, capacityKw: 20 })),
    stands: plan.stands
      .filter((s) => s.id === "B01")
      .map((s) => ({ ...s, x: 3, y: 3, powerBoxId: null, exhibitorId: null, status: "available" as const })),
  };
}

function publishedVersionOf(eventId: number) {
  return getDb().select({ v: events.publishedPlanVersion }).from(events).where(eq(events.id, eventId)).get()!
    .v;
}

describe("savePlanDraft", () => {
  it("stores the plan, bumps the version, audits the save and returns the server's own counts", () => {
    const { eventId, plan } = eventWithPlan();
    const organiser = user("organiser");
    const moved = { ...plan, stands: plan.stands.map((s) => (s.id === "B01" ? { ...s, x: 15, y: 8 } : s)) };
    const outcome = savePlanDraft(eventId, organiser, { version: 2, plan: moved });
    // B01 now stands 1 m from the wall (one more error) and clear of the pillar (one warning less).
    expect(outcome).toEqual({ ok: true, version: 3, errors: 6, warnings: 1 });
    expect(loadEventPlan(eventId).stands.find((s) => s.id === "B01")).toMatchObject({ x: 15, y: 8 });
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "save-draft")))
      .get();
    expect(audit).toMatchObject({ userId: organiser.id, after: { version: 3, errors: 6, warnings: 1 } });
  });

  it("refuses a save based on an older version with 409 and changes nothing", () => {
    const { eventId, plan } = eventWithPlan();
    const organiser = user("organiser");
    expect(savePlanDraft(eventId, organiser, { version: 2, plan }).ok).toBe(true);
    const before = serializePlan(loadEventPlan(eventId));
    const audits = auditCount();
    const stale = { ...plan, stands: plan.stands.slice(1) };
    expect(savePlanDraft(eventId, organiser, { version: 2, plan: stale })).toEqual({
      ok: false,
      status: 409,
      code: "stale",
      currentVersion: 3,
    });
    expect(serializePlan(loadEventPlan(eventId))).toBe(before);
    expect(planVersionOf(eventId)).toBe(3);
    expect(auditCount()).toBe(audits);
  });

  it("refuses an invalid plan with 400 and every problem by path, storing nothing", () => {
    const { eventId, plan } = eventWithPlan();
    const broken = {
      ...plan,
      stands: plan.stands.map((s, i) =>
        i === 0 ? { ...s, width: -3 } : i === 1 ? { ...s, hallId: "nowhere" } : s,
      ),
    };
    const outcome = savePlanDraft(eventId, user("organiser"), { version: 2, plan: broken });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.code !== "invalid") throw new Error("expected invalid");
    expect(outcome.status).toBe(400);
    expect(outcome.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["stands[0].width", "stands[1].hallId"]),
    );
    expect(planVersionOf(eventId)).toBe(2);
    expect(serializePlan(loadEventPlan(eventId))).toBe(serializePlan(plan));
  });

  it("refuses with 400 a stand given to an exhibitor that has no application for the event", () => {
    const { eventId, plan } = eventWithPlan();
    const intruder = {
      ...plan,
      exhibitors: [...plan.exhibitors, { ...plan.exhibitors[0]!, id: "ghost", name: "Ghost" }],
      stands: plan.stands.map((s) => (s.id === "B01" ? { ...s, exhibitorId: "ghost" } : s)),
    };
    const outcome = savePlanDraft(eventId, user("organiser"), { version: 2, plan: intruder });
    expect(outcome).toMatchObject({ ok: false, status: 400, code: "invalid" });
    expect(planVersionOf(eventId)).toBe(2);
  });

  it.each(["staff", "exhibitor"] as const)("refuses a %s with 403 and stores nothing", (role) => {
    const { eventId, plan } = eventWithPlan();
    expect(savePlanDraft(eventId, user(role), { version: 2, plan })).toEqual({
      ok: false,
      status: 403,
      code: "forbidden",
    });
    expect(planVersionOf(eventId)).toBe(2);
  });
});

describe("publishPlan", () => {
  it("refuses while the stored plan has errors, whatever the client believes", () => {
    const { eventId } = eventWithPlan();
    const outcome = publishPlan(eventId, user("organiser"), { version: 2 });
    expect(outcome).toMatchObject({ ok: false, status: 409, code: "has-errors", errors: 5 });
    expect(publishedVersionOf(eventId)).toBeNull();
  });

  it("publishes the stored version once it has no error, and audits it", () => {
    const { eventId } = eventWithPlan();
    const organiser = user("organiser");
    expect(savePlanDraft(eventId, organiser, { version: 2, plan: cleanPlan(eventId) })).toMatchObject({
      ok: true,
      version: 3,
      errors: 0,
    });
    expect(publishPlan(eventId, organiser, { version: 3 })).toEqual({ ok: true, publishedVersion: 3 });
    expect(publishedVersionOf(eventId)).toBe(3);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "publish")))
      .get();
    expect(audit).toMatchObject({
      userId: organiser.id,
      before: { publishedVersion: null },
      after: { publishedVersion: 3 },
    });
  });

  it("refuses to publish a version the organiser has not seen", () => {
    const { eventId } = eventWithPlan();
    const organiser = user("organiser");
    savePlanDraft(eventId, organiser, { version: 2, plan: cleanPlan(eventId) });
    expect(publishPlan(eventId, organiser, { version: 2 })).toEqual({
      ok: false,
      status: 409,
      code: "stale",
      currentVersion: 3,
    });
    expect(publishedVersionOf(eventId)).toBeNull();
  });

  it("refuses staff", () => {
    const { eventId } = eventWithPlan();
    expect(publishPlan(eventId, user("staff"), { version: 2 })).toMatchObject({ status: 403 });
  });
});

describe("acknowledgeWarning", () => {
  it("stores a warning's acknowledgement with the user and reason, audited, and lists it", () => {
    const { eventId } = eventWithPlan();
    const organiser = user("organiser");
    const outcome = acknowledgeWarning(eventId, organiser, {
      rule: "stand.pillar",
      subjects: ["poteau-1", "B01"],
      reason: "  Exposant prévenu du poteau  ",
    });
    expect(outcome).toMatchObject({
      ok: true,
      acknowledgement: {
        rule: "stand.pillar",
        subjects: ["B01", "poteau-1"],
        reason: "Exposant prévenu du poteau",
      },
    });
    const row = getDb()
      .select()
      .from(ruleAcknowledgements)
      .where(eq(ruleAcknowledgements.eventId, eventId))
      .get();
    expect(row).toMatchObject({ subjectsKey: "B01|poteau-1", userId: organiser.id });
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "acknowledge")))
      .get();
    expect(audit).toMatchObject({ entity: "rule_acknowledgement", entityId: "stand.pillar:B01|poteau-1" });
    expect(listAcknowledgements(eventId)).toEqual([
      expect.objectContaining({
        rule: "stand.pillar",
        subjects: ["B01", "poteau-1"],
        userName: expect.any(String),
      }),
    ]);
  });

  it("replaces the reason when the same warning is acknowledged again", () => {
    const { eventId } = eventWithPlan();
    const organiser = user("organiser");
    const input = { rule: "power.single-phase-high", subjects: ["A02"], reason: "first" };
    acknowledgeWarning(eventId, organiser, input);
    acknowledgeWarning(eventId, organiser, { ...input, reason: "second" });
    expect(listAcknowledgements(eventId).map((a) => a.reason)).toEqual(["second"]);
  });

  it("refuses to acknowledge an error, or an unknown rule, and stores nothing", () => {
    const { eventId } = eventWithPlan();
    const organiser = user("organiser");
    const audits = auditCount();
    for (const rule of ["stand.overlap", "adjacency.competitor", "no.such-rule"]) {
      expect(
        acknowledgeWarning(eventId, organiser, { rule, subjects: ["A01", "A02"], reason: "ok" }),
      ).toEqual({
        ok: false,
        status: 400,
        code: "not-a-warning",
      });
    }
    expect(listAcknowledgements(eventId)).toEqual([]);
    expect(auditCount()).toBe(audits);
  });

  it.each(["staff", "exhibitor"] as const)("refuses a %s", (role) => {
    const { eventId } = eventWithPlan();
    const outcome = acknowledgeWarning(eventId, user(role), {
      rule: "stand.pillar",
      subjects: ["B01"],
      reason: "x",
    });
    expect(outcome).toMatchObject({ ok: false, status: 403 });
    expect(listAcknowledgements(eventId)).toEqual([]);
  });
});
