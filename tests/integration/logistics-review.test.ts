import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, formSubmissions } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action, loader } from "~/routes/admin/logistics/review-detail";
import { loader as queueLoader } from "~/routes/admin/logistics/review";
import {
  buildRequest,
  catchResponse,
  clearOutbox,
  insertApp,
  insertEvent,
  insertOrg,
  insertRoleUsers,
  outboxRows,
  postForm,
  routeArgs,
} from "./review-fixtures";
import { insertEventForm, insertSubmission } from "./uploads-fixtures";

useTestDatabase();

const slug = "review-logistics-2030";
let users: Awaited<ReturnType<typeof insertRoleUsers>>;
const ids = { fr: 0, en: 0, other: 0, late: 0, approved: 0 };

beforeAll(async () => {
  const event = insertEvent(slug, "2030-06-10");
  const otherEvent = insertEvent("other-2030", "2030-09-10");
  const fr = insertOrg("atelier-fr", { name: "Atelier Lumière" });
  const en = insertOrg("studio-en", { name: "Studio North" });
  const frApp = insertApp(event.id, fr.id, {
    status: "accepted",
    contactEmail: "contact@atelier.test",
    locale: "fr",
  });
  const enApp = insertApp(event.id, en.id, {
    status: "confirmed",
    contactEmail: "hello@north.test",
    locale: "en",
  });
  const insurance = insertEventForm(event.id, "insurance");
  const vehicle = insertEventForm(event.id, "vehicle");
  const valid = { insurer: "MAIF", policyNumber: "RC-42", validUntil: "2031-01-01" };
  ids.fr = insertSubmission(insurance.id, frApp.id, "submitted", {
    data: valid,
    submittedAt: new Date("2030-05-02T10:00:00Z"),
  }).id;
  ids.en = insertSubmission(insurance.id, enApp.id, "submitted", {
    data: valid,
    submittedAt: new Date("2030-05-01T10:00:00Z"),
  }).id;
  ids.approved = insertSubmission(vehicle.id, enApp.id, "approved", {
    data: { plate: "AB-123-CD", lengthM: 5, heightM: 2 },
  }).id;
  const otherApp = insertApp(otherEvent.id, fr.id, { status: "accepted" });
  ids.other = insertSubmission(insertEventForm(otherEvent.id, "insurance").id, otherApp.id, "submitted").id;
  users = await insertRoleUsers(insertOrg("expo-org").id);
});

beforeEach(() => clearOutbox());

const detailPath = (id: number) => `/admin/events/${slug}/logistics/review/${id}`;
const decide = (id: number, cookie: string, fields: [string, string][]) =>
  action(routeArgs(postForm(detailPath(id), cookie, fields), { slug, submissionId: String(id) }));
const statusOf = (id: number) =>
  getDb().select().from(formSubmissions).where(eq(formSubmissions.id, id)).get()!;

describe("review queue", () => {
  it("lists submitted forms oldest first, filtered by kind and status", async () => {
    const data = await queueLoader(
      routeArgs(buildRequest(`/admin/events/${slug}/logistics/review`, users.staff.cookie), { slug }),
    );
    expect(data.queue.rows.map((row) => row.organisationName)).toEqual(["Studio North", "Atelier Lumière"]);
    const approved = await queueLoader(
      routeArgs(
        buildRequest(
          `/admin/events/${slug}/logistics/review?status=approved&kind=vehicle`,
          users.staff.cookie,
        ),
        {
          slug,
        },
      ),
    );
    expect(approved.queue.rows.map((row) => row.submissionId)).toEqual([ids.approved]);
  });

  it("is refused to exhibitors (403)", async () => {
    const response = await catchResponse(() =>
      queueLoader(
        routeArgs(buildRequest(`/admin/events/${slug}/logistics/review`, users.exhibitor.cookie), { slug }),
      ),
    );
    expect(response.status).toBe(403);
  });
});

describe("approve and reject", () => {
  it("requires a reason to reject, and changes nothing without one", async () => {
    const response = await decide(ids.fr, users.staff.cookie, [
      ["decision", "reject"],
      ["version", "1"],
      ["reason", "   "],
    ]);
    expect(response).toMatchObject({
      init: { status: 400 },
      data: { kind: "error", error: "reasonRequired" },
    });
    expect(statusOf(ids.fr).status).toBe("submitted");
    expect(outboxRows()).toEqual([]);
  });

  it("refuses a decision on a version the reviewer did not see (409)", async () => {
    const response = await decide(ids.fr, users.staff.cookie, [
      ["decision", "approve"],
      ["version", "0"],
    ]);
    expect(response).toMatchObject({ init: { status: 400 } });
    const stale = await decide(ids.fr, users.staff.cookie, [
      ["decision", "approve"],
      ["version", "7"],
    ]);
    expect(stale).toMatchObject({ init: { status: 409 }, data: { error: "stale" } });
    expect(statusOf(ids.fr).status).toBe("submitted");
  });

  it("rejects with the reason, e-mailed in French, audited", async () => {
    const response = await decide(ids.fr, users.organiser.cookie, [
      ["decision", "reject"],
      ["version", "1"],
      ["reason", "L’attestation a expiré."],
    ]);
    expect(response).toMatchObject({ data: { kind: "done", status: "rejected", emailed: true } });
    const row = statusOf(ids.fr);
    expect(row).toMatchObject({ status: "rejected", rejectionReason: "L’attestation a expiré.", version: 2 });
    expect(row.reviewedById).toBe(users.organiser.user.id);
    const [mail] = outboxRows();
    expect(mail).toMatchObject({ to: "contact@atelier.test", locale: "fr" });
    expect(mail!.subject).toContain("à corriger");
    expect(mail!.text).toContain("L’attestation a expiré.");
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(ids.fr)))
      .all();
    expect(audit.map((a) => a.action)).toContain("logistics.reject");
  });

  it("approves, e-mailing the exhibitor in English, and will not approve twice", async () => {
    const response = await decide(ids.en, users.staff.cookie, [
      ["decision", "approve"],
      ["version", "1"],
    ]);
    expect(response).toMatchObject({ data: { kind: "done", status: "approved" } });
    expect(statusOf(ids.en).status).toBe("approved");
    const [mail] = outboxRows();
    expect(mail).toMatchObject({ to: "hello@north.test", locale: "en" });
    expect(mail!.subject).toBe(`Event ${slug}: Insurance certificate approved`);
    expect(mail!.text).toContain(`/portal/applications/`);
    const again = await decide(ids.en, users.staff.cookie, [
      ["decision", "approve"],
      ["version", "2"],
    ]);
    expect(again).toMatchObject({ init: { status: 409 }, data: { error: "notSubmitted" } });
  });

  it("is refused to exhibitors (403) and hides other events' submissions (404)", async () => {
    const forbidden = await catchResponse(() =>
      decide(ids.fr, users.exhibitor.cookie, [
        ["decision", "approve"],
        ["version", "2"],
      ]),
    );
    expect(forbidden.status).toBe(403);
    const elsewhere = await catchResponse(() =>
      loader(
        routeArgs(buildRequest(detailPath(ids.other), users.staff.cookie), {
          slug,
          submissionId: String(ids.other),
        }),
      ),
    );
    expect(elsewhere.status).toBe(404);
    expect(statusOf(ids.other).status).toBe("submitted");
  });
});
