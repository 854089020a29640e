/**
 * Child script of the editor bench (`DATABASE_PATH=FILE node --import tsx` this file
 * `--plan FILE --event SLUG --out FILE --email E --password P`): migrates the database, adds the
 * organiser if missing, one event with an organisation (slug = exhibitor id) and an accepted
 * application per exhibitor of the plan, with the plan's figures and wishes, then imports the plan
 * through replaceEventPlan and writes the plan as the app loads it (loadEventPlan) to --out, so
 * that the naive page renders exactly what the real editor gets. A child process, because the app
 * models hold one process-wide connection chosen by DATABASE_PATH.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../../db/client";
import { applyMigrations } from "../../db/migrate";
import { applications, applicationWishes, events, organisations } from "../../db/schema";
import { loadEventPlan, replaceEventPlan } from "../../app/models/plan.server";
import { createUser, getUserByEmail } from "../../app/models/user.server";
import { parsePlanJson } from "../../floorplans/format/parse";
import { serializePlan } from "../../floorplans/format/serialize";
import type { Plan } from "../../floorplans/format/schema";

const { values } = parseArgs({
  options: {
    plan: { type: "string" },
    event: { type: "string" },
    out: { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
  },
});
const { plan: planFile, event: slug, out, email, password } = values;
if (!planFile || !slug || !out || !email || !password)
  throw new Error("usage: --plan FILE --event SLUG --out FILE --email E --password P");

const parsed = parsePlanJson(fs.readFileSync(planFile, "utf8"));
if (!parsed.ok)
  throw new Error(`${planFile} is not a valid plan: ${JSON.stringify(parsed.invalid.slice(0, 5))}`);
const plan: Plan = parsed.plan;

const db = getDb();
applyMigrations(db);
const organiser =
  getUserByEmail(email) ??
  (await createUser({
    email,
    name: "Bench organiser",
    role: "organiser",
    organisationId: null,
    locale: "en",
    password,
  }));

const eventId = db.transaction((tx) => {
  const id = tx
    .insert(events)
    .values({ slug, name: plan.name ?? slug, startsOn: "2026-11-05", endsOn: "2026-11-08" })
    .returning({ id: events.id })
    .get().id;
  // Organisation slugs are global: the second event of a run reuses the first one's.
  const orgIds = new Map(
    tx
      .select({ id: organisations.id, slug: organisations.slug })
      .from(organisations)
      .all()
      .map((o) => [o.slug, o.id]),
  );
  const applicationIds = new Map<string, number>();
  for (const e of plan.exhibitors) {
    const orgId =
      orgIds.get(e.id) ??
      tx
        .insert(organisations)
        .values({ slug: e.id, name: e.name, sector: "creative-tech" })
        .returning({ id: organisations.id })
        .get().id;
    orgIds.set(e.id, orgId);
    const application = tx
      .insert(applications)
      .values({
        eventId: id,
        organisationId: orgId,
        status: "accepted",
        requestedAreaM2: e.requestedAreaM2,
        powerKw: e.powerKw,
        phases: e.phases,
        noise: e.noise,
        pavilionCode: e.pavilionId,
        priority: e.priority,
      })
      .returning({ id: applications.id })
      .get();
    applicationIds.set(e.id, application.id);
  }
  const wishes = plan.exhibitors.flatMap((e) => [
    ...e.near.map((target) => ({
      applicationId: applicationIds.get(e.id)!,
      organisationId: orgIds.get(target)!,
      kind: "near" as const,
    })),
    ...e.avoid.map((target) => ({
      applicationId: applicationIds.get(e.id)!,
      organisationId: orgIds.get(target)!,
      kind: "avoid" as const,
    })),
  ]);
  // SQLite caps the bound parameters of one statement: insert in slices.
  for (let i = 0; i < wishes.length; i += 200)
    tx.insert(applicationWishes)
      .values(wishes.slice(i, i + 200))
      .run();
  return id;
});

replaceEventPlan(eventId, plan, { userId: organiser.id });
const stored = loadEventPlan(eventId);
if (stored.stands.length !== plan.stands.length)
  throw new Error(`stored ${stored.stands.length} stands, expected ${plan.stands.length}`);
fs.writeFileSync(out, serializePlan(stored));
closeDb();
console.log(`${slug}: ${stored.stands.length} stands, ${stored.exhibitors.length} exhibitors`);
