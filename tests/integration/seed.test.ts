import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../../db/client";
import { applyMigrations } from "../../db/migrate";
import {
  applications,
  assignments,
  auditLog,
  events,
  organisations,
  stands,
  users,
  venues,
} from "../../db/schema";
import { applicationStatuses } from "../../db/schema/applications";
import { passesLuhn } from "../../db/seed/prng";
import { seedDatabase, type SeedSummary } from "../../db/seed/seed";
import { verifyPassword } from "../../app/models/password.server";
import { loadEventPlan } from "../../app/models/plan.server";
import { parsePlan } from "../../floorplans/format/parse";
import { validatePlan } from "../../floorplans";
import { useTestDatabase } from "../helpers/db";
import { seededContent, tableCounts } from "./seed-snapshot";
import { expectSeededLogistics } from "./logistics-forms-seed";

const handle = useTestDatabase();
let summary: SeedSummary | null;

beforeAll(async () => {
  summary = await seedDatabase();
}, 60_000);

function eventId(slug: string): number {
  return getDb().select({ id: events.id }).from(events).where(eq(events.slug, slug)).get()!.id;
}

describe("the demo seed on an empty database", () => {
  it("creates the expected data", () => {
    expect(summary).not.toBeNull();
    expect(tableCounts()).toMatchObject({
      events: 2,
      venues: 2,
      eventVenues: 4,
      organisations: 80,
      users: 8,
      applications: 77,
      applicationWishes: 10,
    });
    expect(
      getDb()
        .select()
        .from(venues)
        .all()
        .map((v) => [v.name, v.address]),
    ).toContainEqual(["Friche la Belle de Mai", "41 rue Jobin, 13003 Marseille"]);
    const event = getDb().select().from(events).where(eq(events.slug, "min-2024")).get()!;
    expect(event).toMatchObject({
      name: "Marché des Imaginaires Numériques 2024",
      startsOn: "2024-11-07",
      endsOn: "2024-11-08",
      timezone: "Europe/Paris",
    });
    expect(event.applicationsOpenAt?.toISOString()).toBe("2024-05-14T22:00:00.000Z");
    expect(
      getDb()
        .select({ slug: events.slug })
        .from(events)
        .all()
        .map((e) => e.slug)
        .sort(),
    ).toEqual(["min-2023", "min-2024"]);
  });

  it("has applications in every status for the MIN 2024", () => {
    const statuses = getDb()
      .selectDistinct({ status: applications.status })
      .from(applications)
      .where(eq(applications.eventId, eventId("min-2024")))
      .all();
    expect(statuses.map((s) => s.status).sort()).toEqual([...applicationStatuses].sort());
  });

  it("gives French organisations valid, unique SIRETs and foreign ones none", () => {
    const rows = getDb().select().from(organisations).all();
    const french = rows.filter((o) => o.country === "FR");
    expect(french.length).toBeGreaterThan(50);
    for (const o of french)
      expect(
        o.siret !== null &&
          /^\d{14}$/.test(o.siret) &&
          passesLuhn(o.siret) &&
          passesLuhn(o.siret.slice(0, 9)),
      ).toBe(true);
    expect(new Set(french.map((o) => o.siret)).size).toBe(french.length);
    expect(rows.filter((o) => o.country !== "FR").every((o) => o.siret === null)).toBe(true);
    expect(new Set(rows.map((o) => o.country)).size).toBeGreaterThanOrEqual(8);
    expect(
      rows.every((o) => o.website?.endsWith(".example") && o.descriptionFr !== "" && o.descriptionEn !== ""),
    ).toBe(true);
  });

  it("lets the three demo users sign in with the demo password", async () => {
    for (const email of ["orga@example.org", "staff@example.org", "expo@example.org"]) {
      const user = getDb().select().from(users).where(eq(users.email, email)).get()!;
      expect(await verifyPassword(user.passwordHash!, "demo-allee-2024")).toBe(true);
      expect(await verifyPassword(user.passwordHash!, "wrong-password")).toBe(false);
    }
    const roles = getDb()
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(inArray(users.email, ["orga@example.org", "staff@example.org"]))
      .all();
    expect(roles).toEqual(
      expect.arrayContaining([
        { email: "orga@example.org", role: "organiser" },
        { email: "staff@example.org", role: "staff" },
      ]),
    );
  });

  it("places expo@example.org's organisation, confirmed, on a stand of the Cartonnerie", () => {
    const expo = getDb().select().from(users).where(eq(users.email, "expo@example.org")).get()!;
    expect(expo.role).toBe("exhibitor");
    const application = getDb()
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.organisationId, expo.organisationId!),
          eq(applications.eventId, eventId("min-2024")),
        ),
      )
      .get()!;
    expect(application.status).toBe("confirmed");
    const stand = getDb()
      .select({ status: stands.status })
      .from(assignments)
      .innerJoin(stands, eq(stands.id, assignments.standId))
      .where(eq(assignments.applicationId, application.id))
      .get();
    expect(stand?.status).toBe("assigned");
  });

  it("stores a valid MIN 2024 plan without placement errors, and some exhibitors left to place", () => {
    const plan = loadEventPlan(eventId("min-2024"));
    expect(parsePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
    expect(plan.halls.map((h) => h.venue)).toContain("Friche la Belle de Mai");
    expect(new Set(plan.stands.map((s) => s.status))).toEqual(
      new Set(["available", "assigned", "held", "reserved", "blocked"]),
    );
    const assigned = plan.stands.filter((s) => s.exhibitorId !== null);
    expect(assigned.length).toBeGreaterThanOrEqual(25);
    expect(assigned.every((s) => s.hallId === "cartonnerie" && s.status === "assigned")).toBe(true);

    // Errors the seed's placement could cause (the venue file's own geometry is checked by its tests).
    const placementRules = [
      "stand.overlap",
      "stand.outside-hall",
      "pavilion.outside",
      "area.too-small",
      "adjacency.competitor",
      "power.box-overload",
      "power.unconnected",
      "power.phase-mismatch",
      "power.out-of-reach",
    ];
    const errors = validatePlan(plan).filter(
      (v) => v.severity === "error" && placementRules.includes(v.rule),
    );
    expect(errors).toEqual([]);

    const placed = new Set(assigned.map((s) => s.exhibitorId));
    expect(plan.exhibitors.filter((e) => !placed.has(e.id)).length).toBeGreaterThanOrEqual(3);
    expect(summary!.unplaced.length).toBeGreaterThanOrEqual(3);
  });

  it("publishes the MIN 2024 plan, so exhibitors see their stand", () => {
    const event = getDb().select().from(events).where(eq(events.slug, "min-2024")).get()!;
    expect(event.publishedPlanVersion).toBe(event.planVersion);
  });

  it("gives the MIN 2023 the venue plan without assignments, and records each import in the audit log", () => {
    const plan = loadEventPlan(eventId("min-2023"));
    expect(plan.stands.length).toBeGreaterThan(50);
    expect(plan.stands.every((s) => s.exhibitorId === null)).toBe(true);
    const organiser = getDb()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "orga@example.org"))
      .get()!;
    const audits = getDb().select().from(auditLog).where(eq(auditLog.entity, "plan")).all();
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.userId === organiser.id && a.action === "import")).toBe(true);
  });

  it("gives the MIN 2024 its logistics: forms, catalogue, slots and a mix of submissions", () => {
    expectSeededLogistics(eventId("min-2024"), summary!);
  });

  it("changes nothing when run a second time", async () => {
    const before = { counts: tableCounts(), content: seededContent() };
    expect(await seedDatabase()).toBeNull();
    expect({ counts: tableCounts(), content: seededContent() }).toEqual(before);
  });

  it("is deterministic: a second empty database gets the same content", async () => {
    const first = seededContent();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allee-seed-"));
    try {
      closeDb();
      process.env.DATABASE_PATH = path.join(dir, "other.sqlite");
      applyMigrations(getDb());
      await seedDatabase();
      expect(seededContent()).toEqual(first);
    } finally {
      closeDb();
      process.env.DATABASE_PATH = handle.file;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
