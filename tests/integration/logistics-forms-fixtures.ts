import { and, count, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { saveFormSettings } from "~/models/logistics-settings.server";
import { action as formAction, loader as formLoader } from "~/routes/portal/logistics/form";
import { loader as checklistLoader } from "~/routes/portal/logistics/index";
import { settle, type Outcome } from "./auth-fixtures";
import {
  assign,
  buildRequest,
  insertApplication,
  insertEvent,
  insertHall,
  insertOrganisation,
  insertStand,
  insertTestUser,
  insertVenue,
  sessionCookieFor,
} from "./shell-fixtures";

/** A small event with everything the logistics form tests count on, built through the real models. */

const DAY = 86_400_000;
export const FAR = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);

export async function buildLogisticsWorld(slug = "logi-2030") {
  const event = insertEvent(slug, "2030-11-07", { endsOn: "2030-11-08" });
  const hall = insertHall(event.id, insertVenue(`Venue ${slug}`, "Marseille").id, `hall-${slug}`, 200);
  const own = insertOrganisation(`${slug}-own`);
  const rival = insertOrganisation(`${slug}-rival`);
  const pending = insertOrganisation(`${slug}-pending`);
  const ownApp = insertApplication(event.id, own.id, "accepted", 2);
  const rivalApp = insertApplication(event.id, rival.id, "confirmed");
  const pendingApp = insertApplication(event.id, pending.id, "submitted");
  // 18 m² assigned: 2 badges + one per full 9 m² block = 4.
  assign(insertStand(hall, `${slug}-A1`, [6, 3], "assigned").id, ownApp.id);

  const organiser = insertTestUser(`orga@${slug}.test`, "organiser");
  const staff = insertTestUser(`staff@${slug}.test`, "staff");
  const ownUser = insertTestUser(`expo@${slug}.test`, "exhibitor", own.id);
  const rivalUser = insertTestUser(`rival@${slug}.test`, "exhibitor", rival.id);
  const pendingUser = insertTestUser(`pending@${slug}.test`, "exhibitor", pending.id);
  saveFormSettings(
    event,
    schema.logisticsFormKinds.map((kind) => ({
      kind,
      enabled: true,
      mandatory: kind !== "vehicle",
      dueOn: FAR,
      badgesBase: 2,
      badgesPerM2: 9,
    })),
    organiser.id,
  );
  const db = getDb();
  const [chair, table, oldRail] = db
    .insert(schema.furnitureItems)
    .values([
      { eventId: event.id, code: "CHAISE", nameFr: "Chaise", nameEn: "Chair", unitPriceCents: 1200 },
      { eventId: event.id, code: "TABLE", nameFr: "Table", nameEn: "Table", unitPriceCents: 3500 },
      {
        eventId: event.id,
        code: "PORTANT",
        nameFr: "Portant",
        nameEn: "Rail",
        unitPriceCents: 3000,
        active: false,
      },
    ])
    .returning()
    .all();
  const slot = (kind: schema.SlotKind, hour: number, capacity: number) =>
    db
      .insert(schema.logisticsSlots)
      .values({
        eventId: event.id,
        kind,
        startsAt: new Date(`2030-11-06T${hour}:00:00Z`),
        endsAt: new Date(`2030-11-06T${hour}:30:00Z`),
        capacity,
      })
      .returning()
      .get();
  return {
    event,
    hall,
    apps: { own: ownApp, rival: rivalApp, pending: pendingApp },
    items: { chair: chair!, table: table!, oldRail: oldRail! },
    slots: { small: slot("load_in", 10, 1), wide: slot("load_in", 11, 5), out: slot("load_out", 18, 4) },
    cookies: {
      own: await sessionCookieFor(ownUser.id),
      rival: await sessionCookieFor(rivalUser.id),
      pending: await sessionCookieFor(pendingUser.id),
      staff: await sessionCookieFor(staff.id),
      organiser: await sessionCookieFor(organiser.id),
    },
    users: { own: ownUser, rival: rivalUser, organiser },
  };
}

export type World = Awaited<ReturnType<typeof buildLogisticsWorld>>;

const args = (request: Request, params: Record<string, string>) =>
  ({ request, params, context: {} }) as never;

export function postLogistics(
  applicationId: number,
  kind: string,
  fields: Record<string, string> | [string, string][],
  cookie: string,
): Promise<Outcome> {
  const path = `/portal/applications/${applicationId}/logistics/${kind}`;
  const request = buildRequest(path, cookie, { method: "POST", body: new URLSearchParams(fields) });
  return settle(() => formAction(args(request, { id: String(applicationId), kind })));
}

export function getLogistics(applicationId: number, kind: string | null, cookie: string): Promise<Outcome> {
  const path = `/portal/applications/${applicationId}/logistics${kind ? `/${kind}` : ""}`;
  const request = buildRequest(path, cookie);
  return settle(() =>
    kind === null
      ? checklistLoader(args(request, { id: String(applicationId) }))
      : formLoader(args(request, { id: String(applicationId), kind })),
  );
}

export function submissionOf(eventId: number, applicationId: number, kind: schema.LogisticsFormKind) {
  const db = getDb();
  const form = db
    .select()
    .from(schema.eventForms)
    .where(and(eq(schema.eventForms.eventId, eventId), eq(schema.eventForms.kind, kind)))
    .get()!;
  return db
    .select()
    .from(schema.formSubmissions)
    .where(
      and(
        eq(schema.formSubmissions.eventFormId, form.id),
        eq(schema.formSubmissions.applicationId, applicationId),
      ),
    )
    .get();
}

export function setForm(
  eventId: number,
  kind: schema.LogisticsFormKind,
  values: Partial<typeof schema.eventForms.$inferInsert>,
) {
  getDb()
    .update(schema.eventForms)
    .set(values)
    .where(and(eq(schema.eventForms.eventId, eventId), eq(schema.eventForms.kind, kind)))
    .run();
}

export function rowCounts() {
  const db = getDb();
  const n = (
    table:
      | typeof schema.formSubmissions
      | typeof schema.slotBookings
      | typeof schema.auditLog
      | typeof schema.submissionDocuments,
  ) => db.select({ n: count() }).from(table).get()!.n;
  return {
    submissions: n(schema.formSubmissions),
    bookings: n(schema.slotBookings),
    audit: n(schema.auditLog),
    documents: n(schema.submissionDocuments),
  };
}
