import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { applications, applicationStatuses, auditLog, type ApplicationStatus } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { defaultDecisionTemplate, isDecisionStatus } from "~/emails/decision-templates";
import { canTransition } from "~/models/application-status";
import { updateApplicationStatus } from "~/models/application-transition.server";
import { action } from "~/routes/admin/applications/detail";
import {
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

useTestDatabase();

let eventId = 0;
let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let orgCount = 0;

beforeAll(async () => {
  eventId = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" }).id;
  users = await insertRoleUsers(insertOrg("own").id);
});
beforeEach(() => clearOutbox());

function newApplication(status: ApplicationStatus, locale: "fr" | "en" = "fr") {
  const org = insertOrg(`org-${++orgCount}`, { name: `Studio ${orgCount}` });
  return insertApp(eventId, org.id, {
    status,
    locale,
    contactName: "Léa",
    contactEmail: `Lea${orgCount}@Example.test`,
  });
}

function decide(id: number, fields: [string, string][], cookie = users.organiser.cookie) {
  const request = postForm(`/admin/events/min-2024/applications/${id}`, cookie, [
    ["intent", "status"],
    ...fields,
  ]);
  return action(routeArgs(request, { slug: "min-2024", id: String(id) }));
}

const statusOf = (id: number) => getDb().select().from(applications).where(eq(applications.id, id)).get();
const auditOf = (id: number) =>
  getDb()
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, String(id)))
    .all();

const pairs = applicationStatuses.flatMap((from) => applicationStatuses.map((to) => [from, to] as const));
const refused = pairs.filter(([from, to]) => !canTransition(from, to));
const decisions = pairs.filter(([from, to]) => canTransition(from, to) && isDecisionStatus(to));

describe("a refused transition", () => {
  it("covers every pair the status machine refuses", () => {
    expect(refused).toHaveLength(64 - 7);
  });

  it.each(refused)("%s → %s answers 409 and changes nothing", async (from, to) => {
    const application = newApplication(from);
    const response = await decide(application.id, [["to", to]]);
    expect(response.init?.status).toBe(409);
    expect(response.data).toMatchObject({ intent: "status", ok: false, reason: "not_allowed", from, to });
    expect(statusOf(application.id)).toEqual(application);
    expect(auditOf(application.id)).toEqual([]);
    expect(outboxRows()).toEqual([]);
  });
});

describe("an allowed decision", () => {
  it.each(
    decisions.flatMap(([from, to]) => (["fr", "en"] as const).map((locale) => [from, to, locale] as const)),
  )(
    "%s → %s moves the application and e-mails the contact in its language (%s)",
    async (from, to, locale) => {
      const application = newApplication(from, locale);
      const response = await decide(application.id, [
        ["to", to],
        ["message", "  Bienvenue <b>à bord</b>  "],
      ]);
      expect(response.init?.status).toBe(200);
      expect(response.data).toEqual({
        intent: "status",
        ok: true,
        status: to,
        emailedTo: application.contactEmail,
      });

      const after = statusOf(application.id);
      expect(after?.status).toBe(to);
      const decided = to === "accepted" || to === "waitlisted" || to === "rejected";
      expect(after?.decidedAt !== null).toBe(decided);

      expect(auditOf(application.id)).toMatchObject([
        {
          userId: users.organiser.user.id,
          eventId,
          entity: "application",
          action: "status",
          before: { status: from },
          after: { status: to, message: "Bienvenue <b>à bord</b>" },
        },
      ]);

      const mails = outboxRows();
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail).toMatchObject({
        to: application.contactEmail.toLowerCase(),
        template: "decision",
        locale,
      });
      const expectedSubject = defaultDecisionTemplate(to as never, locale).subject.replace(
        "{{event}}",
        "MIN 2024",
      );
      expect(mail.subject).toBe(expectedSubject);
      expect(mail.text).toContain(locale === "fr" ? "Bonjour Léa," : "Hello Léa,");
      expect(mail.text).toContain(`Studio ${orgCount}`);
      expect(mail.text).toContain("Bienvenue <b>à bord</b>");
      expect(mail.text).toContain(`http://localhost/portal/applications/${application.id}`);
      expect(mail.html).toContain("Bienvenue &lt;b&gt;à bord&lt;/b&gt;");
    },
  );

  it("reports that no e-mail went out when the contact address is unusable", async () => {
    const application = newApplication("submitted");
    getDb().update(applications).set({ contactEmail: "" }).where(eq(applications.id, application.id)).run();
    const response = await decide(application.id, [["to", "in_review"]]);
    expect(response.data).toEqual({ intent: "status", ok: true, status: "in_review", emailedTo: null });
    expect(outboxRows()).toEqual([]);
  });
});

describe("double submissions", () => {
  it("apply once: the second click of a double click gets a 409", async () => {
    const application = newApplication("submitted");
    const [first, second] = await Promise.all([
      decide(application.id, [["to", "in_review"]]),
      decide(application.id, [["to", "in_review"]]),
    ]);
    expect([first.init?.status, second.init?.status].sort()).toEqual([200, 409]);
    expect(auditOf(application.id)).toHaveLength(1);
    expect(outboxRows()).toHaveLength(1);
  });

  it("the UPDATE only applies while the status is still the one that was checked", () => {
    const application = newApplication("in_review");
    const at = new Date();
    // A request that read "submitted" before another one moved the application on.
    const stale = getDb().transaction((tx) =>
      updateApplicationStatus(tx, { applicationId: application.id, from: "submitted", to: "in_review", at }),
    );
    expect(stale).toBe(false);
    expect(statusOf(application.id)).toEqual(application);
    const fresh = getDb().transaction((tx) =>
      updateApplicationStatus(tx, { applicationId: application.id, from: "in_review", to: "accepted", at }),
    );
    expect(fresh).toBe(true);
    expect(statusOf(application.id)).toMatchObject({ status: "accepted", decidedAt: at });
  });
});

describe("bad requests", () => {
  it.each([
    ["an unknown status", [["to", "approved"]]],
    ["no status", []],
    [
      "a message over 2,000 characters",
      [
        ["to", "in_review"],
        ["message", "x".repeat(2001)],
      ],
    ],
  ] as const)("%s answers 400 and changes nothing", async (_what, fields) => {
    const application = newApplication("submitted");
    const response = await decide(
      application.id,
      fields.map(([k, v]) => [k, v] as [string, string]),
    );
    expect(response.init?.status).toBe(400);
    expect(statusOf(application.id)).toEqual(application);
    expect(outboxRows()).toEqual([]);
  });

  it("does not let organisers submit a draft for the applicant (400)", async () => {
    const application = newApplication("draft");
    const response = await decide(application.id, [["to", "submitted"]]);
    expect(response.init?.status).toBe(400);
    expect(statusOf(application.id)?.status).toBe("draft");
  });

  it("answers 404 for an application of another event or an unknown id", async () => {
    const otherEvent = insertEvent("other", "2025-01-01");
    const foreign = insertApp(otherEvent.id, insertOrg("foreign").id);
    expect((await catchResponse(() => decide(foreign.id, [["to", "in_review"]]))).status).toBe(404);
    expect((await catchResponse(() => decide(999_999, [["to", "in_review"]]))).status).toBe(404);
    expect(statusOf(foreign.id)?.status).toBe("submitted");
  });
});

describe("who may decide", () => {
  it.each(["staff", "exhibitor"] as const)("a %s gets a 403 and nothing changes", async (role) => {
    const application = newApplication("submitted");
    const response = await catchResponse(() =>
      decide(application.id, [["to", "in_review"]], users[role].cookie),
    );
    expect(response.status).toBe(403);
    expect(statusOf(application.id)).toEqual(application);
    expect(outboxRows()).toEqual([]);
  });
});
