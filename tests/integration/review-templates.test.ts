import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, emailTemplates } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { BODY_MAX_LENGTH } from "~/emails/decision-templates";
import { action as decide } from "~/routes/admin/applications/detail";
import { action, loader } from "~/routes/admin/email-templates";
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

useTestDatabase();

let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let eventId = 0;
let otherEventId = 0;
const path = "/admin/events/min-2024/email-templates";
const slug = { slug: "min-2024" };

beforeAll(async () => {
  eventId = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" }).id;
  otherEventId = insertEvent("other", "2025-01-01", { name: "Other fair" }).id;
  users = await insertRoleUsers(insertOrg("own").id);
});
beforeEach(() => clearOutbox());

const submit = (fields: [string, string][], cookie = users.organiser.cookie) =>
  action(routeArgs(postForm(path, cookie, fields), slug));
const stored = () => getDb().select().from(emailTemplates).all();
const templateAudits = () =>
  getDb().select().from(auditLog).where(eq(auditLog.entity, "email_template")).all();

const valid: [string, string][] = [
  ["status", "accepted"],
  ["locale", "en"],
  ["subject", "Welcome to {{event}}, {{organisation}}!"],
  ["body", "Dear {{contact}},\r\n\r\nYou are in.\n\n{{message}}"],
];
const withField = (name: string, value: string): [string, string][] =>
  valid.map(([k, v]) => [k, k === name ? value : v] as [string, string]);

describe("the template page", () => {
  it("shows both languages of a decision, default texts and a preview with sample values", async () => {
    const page = await loader(
      routeArgs(buildRequest(`${path}?status=rejected`, users.organiser.cookie), slug),
    );
    expect(page.status).toBe("rejected");
    expect(page.editors.fr).toMatchObject({
      customised: false,
      subject: "{{event}} : réponse à votre candidature",
    });
    expect(page.editors.en.preview.subject).toBe("MIN 2024: about your application");
    expect(page.editors.fr.preview.html).toContain("Studio Exemple");
  });

  it("falls back to the first decision for a garbage status", async () => {
    const page = await loader(routeArgs(buildRequest(`${path}?status=<x>`, users.organiser.cookie), slug));
    expect(page.status).toBe("in_review");
  });

  it.each(["staff", "exhibitor"] as const)("is closed to %s (403), reading and writing", async (role) => {
    const cookie = users[role].cookie;
    expect((await catchResponse(() => loader(routeArgs(buildRequest(path, cookie), slug)))).status).toBe(403);
    expect((await catchResponse(() => submit([...valid, ["intent", "save"]], cookie))).status).toBe(403);
    expect(stored()).toEqual([]);
  });
});

describe("bad input", () => {
  it.each([
    [
      "an unknown placeholder",
      withField("body", "Hello {{organization}} and {{foo}}"),
      { body: { code: "unknownPlaceholder", names: ["organization", "foo"] } },
    ],
    [
      "an unclosed placeholder",
      withField("subject", "Hello {{event"),
      { subject: { code: "unclosedPlaceholder" } },
    ],
    ["an empty subject", withField("subject", "   "), { subject: { code: "required" } }],
    ["a two-line subject", withField("subject", "One\ntwo"), { subject: { code: "multiline" } }],
    ["an empty body", withField("body", ""), { body: { code: "required" } }],
    [
      "a body over the limit",
      withField("body", "x".repeat(BODY_MAX_LENGTH + 1)),
      { body: { code: "tooLong" } },
    ],
    ["a huge body", withField("body", "y".repeat(2_000_000)), { body: { code: "tooLong" } }],
  ])("%s answers 400 and stores nothing", async (_what, fields, errors) => {
    for (const intent of ["save", "preview"]) {
      const response = await submit([...fields, ["intent", intent]]);
      expect(response.init?.status).toBe(400);
      expect(response.data).toMatchObject({ ok: false, locale: "en", errors });
    }
    expect(stored()).toEqual([]);
    expect(templateAudits()).toEqual([]);
  });

  it.each([
    ["an unknown decision", withField("status", "draft")],
    ["an unknown language", withField("locale", "de")],
  ])("%s answers 400", async (_what, fields) => {
    const response = await submit([...fields, ["intent", "save"]]);
    expect(response.init?.status).toBe(400);
    expect(stored()).toEqual([]);
  });
});

describe("editing", () => {
  it("previews typed text without storing it, escaping it in the HTML", async () => {
    const response = await submit([
      ...withField("body", "<b>Bold</b> {{organisation}}"),
      ["intent", "preview"],
    ]);
    expect(response.data).toMatchObject({
      ok: true,
      locale: "en",
      preview: { subject: "Welcome to MIN 2024, Example Studio!" },
    });
    const html = (response.data as { preview: { html: string } }).preview.html;
    expect(html).toContain("&lt;b&gt;Bold&lt;/b&gt; Example Studio");
    expect(stored()).toEqual([]);
  });

  it("saves an event's wording, which the next decision e-mail in that language uses", async () => {
    const response = await submit([...valid, ["intent", "save"]]);
    expect(response.data).toEqual({ ok: true, locale: "en", notice: "saved" });
    expect(stored()).toMatchObject([
      {
        eventId,
        template: "decision.accepted",
        locale: "en",
        body: "Dear {{contact}},\n\nYou are in.\n\n{{message}}",
        updatedById: users.organiser.user.id,
      },
    ]);
    expect(templateAudits()).toHaveLength(1);

    const english = insertApp(eventId, insertOrg("kumo", { name: "Kumo Lab" }).id, {
      status: "in_review",
      locale: "en",
      contactName: "Aiko",
    });
    const french = insertApp(eventId, insertOrg("onde", { name: "Atelier Onde" }).id, {
      status: "in_review",
      locale: "fr",
    });
    const foreign = insertApp(otherEventId, insertOrg("far", { name: "Far Studio" }).id, {
      status: "in_review",
      locale: "en",
    });
    for (const [application, event] of [
      [english, "min-2024"],
      [french, "min-2024"],
      [foreign, "other"],
    ] as const) {
      const request = postForm(
        `/admin/events/${event}/applications/${application.id}`,
        users.organiser.cookie,
        [
          ["intent", "status"],
          ["to", "accepted"],
        ],
      );
      await decide(routeArgs(request, { slug: event, id: String(application.id) }));
    }
    expect(outboxRows().map((mail) => mail.subject)).toEqual([
      "Welcome to MIN 2024, Kumo Lab!",
      "MIN 2024 : votre candidature est acceptée",
      "Other fair: your application is accepted",
    ]);
    expect(outboxRows()[0]!.text).toContain("Hello Aiko,\n\nDear Aiko,\n\nYou are in.");
  });

  it("resets to the default wording", async () => {
    const response = await submit([
      ["status", "accepted"],
      ["locale", "en"],
      ["intent", "reset"],
    ]);
    expect(response.data).toEqual({ ok: true, locale: "en", notice: "resetDone" });
    expect(stored()).toEqual([]);
    const page = await loader(
      routeArgs(buildRequest(`${path}?status=accepted`, users.organiser.cookie), slug),
    );
    expect(page.editors.en).toMatchObject({
      customised: false,
      subject: "{{event}}: your application is accepted",
    });
    expect(templateAudits().map((row) => row.action)).toEqual(["update", "reset"]);
  });
});
