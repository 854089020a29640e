import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { logisticsReminders } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action, loader } from "~/routes/admin/logistics/index";
import { sendReminders } from "~/models/logistics-reminders.server";
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

const slug = "matrix-2030";
const DAY = 86_400_000;
// The matrix computes "late" against the clock: deadlines are placed around the real now.
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const inDays = (days: number) => new Date(now.getTime() + days * DAY);
let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let eventId = 0;

beforeAll(async () => {
  const event = insertEvent(slug, "2030-06-10");
  eventId = event.id;
  // Insurance due in 4 days (mandatory), vehicle due in 20 days (mandatory), furniture optional,
  // badges mandatory but already past due.
  const insurance = insertEventForm(event.id, "insurance", { dueAt: inDays(4), position: 1 });
  const vehicle = insertEventForm(event.id, "vehicle", { dueAt: inDays(20), position: 2 });
  insertEventForm(event.id, "furniture", { mandatory: false, dueAt: inDays(4), position: 3 });
  insertEventForm(event.id, "badges", { dueAt: inDays(-1), position: 4 });
  insertEventForm(event.id, "machines", { enabled: false, position: 5 });
  const make = (slugName: string, name: string, extra: Parameters<typeof insertApp>[2] = {}) =>
    insertApp(event.id, insertOrg(slugName, { name }).id, {
      status: "accepted",
      contactEmail: `${slugName}@matrix.test`,
      ...extra,
    });
  const alpha = make("alpha", "Alpha Studio", { pavilionCode: "pav-sud" });
  const beta = make("beta", "Béta Jeux");
  const gamma = make("gamma", "Gamma VR", { pavilionCode: "pav-sud", locale: "en" });
  make("delta", "Delta (waitlisted)", { status: "waitlisted" });
  insertSubmission(insurance.id, alpha.id, "approved");
  insertSubmission(vehicle.id, alpha.id, "submitted");
  insertSubmission(insurance.id, beta.id, "draft");
  insertSubmission(insurance.id, gamma.id, "rejected");
  users = await insertRoleUsers(insertOrg("expo-matrix").id);
});

beforeEach(() => clearOutbox());

const view = (search: string, cookie = users.staff.cookie) =>
  loader(routeArgs(buildRequest(`/admin/events/${slug}/logistics${search}`, cookie), { slug }));

describe("completeness matrix", () => {
  it("shows accepted exhibitors × enabled forms with each cell's status", async () => {
    const data = await view("");
    expect(data.forms.map((f) => f.kind)).toEqual(["insurance", "vehicle", "furniture", "badges"]);
    const cells = Object.fromEntries(
      data.page.rows.map((row) => [row.organisationName, row.cells.map((c) => c.status)]),
    );
    // Badges are past due everywhere: "late" (the checklist's rule, computed now).
    expect(cells).toEqual({
      "Alpha Studio": ["approved", "submitted", "todo", "late"],
      "Béta Jeux": ["draft", "todo", "todo", "late"],
      "Gamma VR": ["rejected", "todo", "todo", "late"],
    });
    expect(data.counts.insurance).toMatchObject({ approved: 1, draft: 1, rejected: 1, todo: 0 });
    expect(data.pavilions).toEqual(["pav-sud"]);
  });

  it.each([
    ["?kind=insurance&status=draft", ["Béta Jeux"]],
    ["?status=submitted", ["Alpha Studio"]],
    ["?pavilion=pav-sud", ["Alpha Studio", "Gamma VR"]],
    ["?pavilion=none", ["Béta Jeux"]],
    ["?q=beta", ["Béta Jeux"]],
    ["?sort=nameDesc", ["Gamma VR", "Béta Jeux", "Alpha Studio"]],
    ["?sort=missing", ["Béta Jeux", "Gamma VR", "Alpha Studio"]],
    ["?kind=nonsense&status=bogus", ["Alpha Studio", "Béta Jeux", "Gamma VR"]],
  ])("filters %s", async (search, expected) => {
    const data = await view(search);
    expect(data.page.rows.map((row) => row.organisationName)).toEqual(expected);
  });

  it("keeps only exhibitors missing a mandatory form", async () => {
    // Everyone misses the late badges form; that is what the filter is for.
    const data = await view("?missing=1");
    expect(data.page.rows.map((row) => [row.organisationName, row.missing])).toEqual([
      ["Alpha Studio", 1],
      ["Béta Jeux", 3],
      ["Gamma VR", 3],
    ]);
  });

  it("is refused to exhibitors", async () => {
    expect((await catchResponse(() => view("", users.exhibitor.cookie))).status).toBe(403);
  });
});

describe("reminders", () => {
  const run = (days: number, at: Date, dryRun = false) =>
    sendReminders({ eventId, days, origin: "https://allee.test", userId: null, dryRun, now: at });

  it("e-mails missing mandatory forms due within N days, in the exhibitor's language, never twice a day", async () => {
    const preview = await run(7, now, true);
    expect(preview!.candidates.map((c) => [c.organisationName, c.forms.map((f) => f.kind)])).toEqual([
      ["Béta Jeux", ["insurance"]],
      ["Gamma VR", ["insurance"]],
    ]);
    expect(outboxRows()).toEqual([]);

    const first = await run(7, now);
    expect(first).toMatchObject({ sent: 2, skipped: 0 });
    const mails = outboxRows();
    expect(mails.map((m) => m.to).sort()).toEqual(["beta@matrix.test", "gamma@matrix.test"]);
    expect(mails.find((m) => m.to === "beta@matrix.test")!.text).toContain("Attestation d’assurance");

    const again = await run(7, now);
    expect(again).toMatchObject({ sent: 0, skipped: 2 });
    expect(outboxRows()).toHaveLength(2);
    expect(getDb().select().from(logisticsReminders).all()).toHaveLength(2);

    // Next day: reminded again (the deadline is still ahead); with 30 days, the vehicle form too.
    // Alpha sent its vehicle form and had its insurance approved: never reminded.
    clearOutbox();
    const nextDay = await run(30, inDays(1));
    expect(nextDay).toMatchObject({ sent: 2, skipped: 0 });
    const gamma = outboxRows().find((m) => m.to === "gamma@matrix.test")!;
    expect(gamma.locale).toBe("en");
    expect(gamma.subject).toBe(`Event ${slug}: logistics forms to complete`);
    expect(gamma.text).toContain("Insurance certificate");
    expect(gamma.text).toContain("Vehicle");
  });

  it("never reminds twice, even when two runs (the CLI and the button) start together", async () => {
    const later = inDays(2);
    const [a, b] = await Promise.all([run(7, later), run(7, later)]);
    expect(a!.sent + b!.sent).toBe(2);
    expect(a!.skipped + b!.skipped).toBe(2);
    expect(outboxRows()).toHaveLength(2);
  });

  it("sends from the matrix page for organisers only, and reports what it did", async () => {
    const forbidden = await catchResponse(() =>
      action(
        routeArgs(
          postForm(`/admin/events/${slug}/logistics`, users.staff.cookie, [
            ["intent", "send"],
            ["days", "7"],
          ]),
          {
            slug,
          },
        ),
      ),
    );
    expect(forbidden.status).toBe(403);
    const invalid = await action(
      routeArgs(
        postForm(`/admin/events/${slug}/logistics`, users.organiser.cookie, [
          ["intent", "send"],
          ["days", "-3"],
        ]),
        {
          slug,
        },
      ),
    );
    expect(invalid).toMatchObject({ init: { status: 400 }, data: { kind: "invalid" } });
    const preview = await action(
      routeArgs(
        postForm(`/admin/events/${slug}/logistics`, users.organiser.cookie, [
          ["intent", "preview"],
          ["days", "90"],
        ]),
        { slug },
      ),
    );
    expect(preview).toMatchObject({ data: { kind: "preview", sent: 0 } });
    expect(outboxRows()).toEqual([]);
  });
});
