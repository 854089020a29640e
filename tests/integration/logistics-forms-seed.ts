import fs from "node:fs";
import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import type { SeedSummary } from "../../db/seed/seed";
import { storedFilePath } from "~/models/file-store.server";
import { logisticsAnswers } from "~/models/logistics-answers";
import { getLogisticsContext, loadChecklist } from "~/models/logistics-forms.server";

const DAY = 86_400_000;

/** The seed's logistics, checked from the database (called from seed.test.ts). */
export function expectSeededLogistics(eventId: number, summary: SeedSummary) {
  const db = getDb();
  const forms = db.select().from(schema.eventForms).where(eq(schema.eventForms.eventId, eventId)).all();
  expect(forms.map((f) => f.kind).sort()).toEqual([...schema.logisticsFormKinds].sort());
  expect(
    forms
      .filter((f) => !f.mandatory)
      .map((f) => f.kind)
      .sort(),
  ).toEqual(["furniture", "vehicle"]);
  const due = (kind: string) => forms.find((f) => f.kind === kind)!.dueAt.getTime();
  // Machines a month before the opening, safety rules a week before: 23 days apart; all still open.
  expect(Math.round((due("safety_rules") - due("machines")) / DAY)).toBe(23);
  expect(forms.every((f) => f.dueAt.getTime() > Date.now())).toBe(true);

  const items = db
    .select()
    .from(schema.furnitureItems)
    .where(eq(schema.furnitureItems.eventId, eventId))
    .all();
  expect(items.length).toBeGreaterThanOrEqual(10);
  expect(items.filter((i) => !i.active)).toHaveLength(1);

  const slots = db
    .select()
    .from(schema.logisticsSlots)
    .where(eq(schema.logisticsSlots.eventId, eventId))
    .all();
  expect(new Set(slots.map((s) => s.kind))).toEqual(new Set(["load_in", "load_out"]));
  expect(
    slots.every(
      (s) => s.capacity >= 4 && s.capacity <= 6 && s.endsAt.getTime() - s.startsAt.getTime() === 30 * 60_000,
    ),
  ).toBe(true);
  const bookings = db.select().from(schema.slotBookings).all();
  for (const slot of slots)
    expect(bookings.filter((b) => b.slotId === slot.id).length).toBeLessThanOrEqual(slot.capacity);

  const submissions = db.select().from(schema.formSubmissions).all();
  expect(new Set(submissions.map((s) => s.status))).toEqual(
    new Set(["draft", "submitted", "approved", "rejected"]),
  );
  expect(
    submissions.filter((s) => s.status === "rejected").every((s) => (s.rejectionReason ?? "").length > 10),
  ).toBe(true);
  const apps = db
    .select()
    .from(schema.applications)
    .where(inArray(schema.applications.id, [...new Set(submissions.map((s) => s.applicationId))]))
    .all();
  expect(
    apps.every((a) => a.eventId === eventId && (a.status === "accepted" || a.status === "confirmed")),
  ).toBe(true);
  // Every answer that was sent is complete by the forms' own schemas.
  for (const submission of submissions.filter((s) => s.status !== "draft")) {
    const kind = forms.find((f) => f.id === submission.eventFormId)!.kind;
    expect(
      logisticsAnswers[kind].safeParse(submission.data).success,
      `${kind} ${JSON.stringify(submission.data)}`,
    ).toBe(true);
  }
  const documents = db.select().from(schema.submissionDocuments).all();
  expect(documents.length).toBe(summary.logistics.documents);
  for (const doc of documents.slice(0, 3))
    expect(fs.readFileSync(storedFilePath(doc.fileSha256)).subarray(0, 5).toString()).toBe("%PDF-");

  // The demo exhibitor has some forms done and the document forms to do.
  const expo = db.select().from(schema.users).where(eq(schema.users.email, "expo@example.org")).get()!;
  const application = db
    .select()
    .from(schema.applications)
    .where(eq(schema.applications.organisationId, expo.organisationId!))
    .all()
    .find((a) => a.eventId === eventId)!;
  const checklist = loadChecklist(getLogisticsContext(application.id)!);
  const status = Object.fromEntries(checklist.map((row) => [row.kind, row.status]));
  expect(status).toMatchObject({
    electrical: "submitted",
    badges: "draft",
    safety_rules: "approved",
    load_in: "submitted",
    insurance: "todo",
    fire_rating: "todo",
    machines: "todo",
  });
}
