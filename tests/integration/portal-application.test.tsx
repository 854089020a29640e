import type { ComponentType } from "react";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { recordAudit } from "~/models/audit.server";
import PortalApplication, { action, loader } from "~/routes/portal/application";
import { settle } from "./auth-fixtures";
import {
  formRequest,
  getRequest,
  insertOpenEvent,
  postStep,
  snapshotStore,
  startDraft,
  VALID_CONTACTS,
  VALID_PARTICIPATION,
} from "./apply-fixtures";
import {
  assign,
  insertApplication,
  insertOrganisation,
  insertStand,
  insertTestUser,
  sessionCookieFor,
} from "./shell-fixtures";
import { renderRoute, visibleText } from "./shell-render-helpers";

useTestDatabase();

const ids = { event: 0, own: 0, ownOrg: 0, other: 0, otherOrg: 0 };
const cookies = { own: "", other: "", organiser: "" };
const args = (request: Request, id: number | string) =>
  ({ request, params: { id: String(id) }, context: {} }) as never;
const db = () => getDb();

beforeAll(async () => {
  const { event, hall } = insertOpenEvent("portal-2030");
  ids.event = event.id;
  const { cookie, application, fields } = await startDraft(event.slug);
  await postStep(
    event.slug,
    "contacts",
    { ...VALID_CONTACTS, contactEmail: fields.contactEmail! },
    { cookie },
  );
  await postStep(event.slug, "participation", VALID_PARTICIPATION, { cookie });
  await postStep(event.slug, "review", { consent: "on" }, { cookie });
  Object.assign(ids, { own: application.id, ownOrg: application.organisationId });
  const user = db().select().from(schema.users).where(eq(schema.users.email, fields.contactEmail!)).get()!;
  cookies.own = await sessionCookieFor(user.id);
  assign(insertStand(hall, "A12", [3, 3], "assigned").id, application.id);
  insertStand(hall, "B01", [3, 3]);

  const otherOrg = insertOrganisation("rival-studio");
  const other = insertApplication(event.id, otherOrg.id, "submitted");
  Object.assign(ids, { other: other.id, otherOrg: otherOrg.id });
  cookies.other = await sessionCookieFor(insertTestUser("rival@rival.example", "exhibitor", otherOrg.id).id);
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@portal.example", "organiser").id);
});

const setEvent = (values: Partial<typeof schema.events.$inferInsert>) =>
  db().update(schema.events).set(values).where(eq(schema.events.id, ids.event)).run();
const setStatus = (id: number, status: schema.ApplicationStatus) =>
  db().update(schema.applications).set({ status }).where(eq(schema.applications.id, id)).run();
const rowsOf = (id: number) =>
  JSON.stringify([
    db().select().from(schema.applications).where(eq(schema.applications.id, id)).get(),
    db()
      .select()
      .from(schema.applicationContacts)
      .where(eq(schema.applicationContacts.applicationId, id))
      .all(),
  ]);
const editRequest = (id: number, step: string, fields: Record<string, string>, cookie: string) =>
  formRequest(`/portal/applications/${id}?edit=${step}`, fields, { cookie });

describe("who may open /portal/applications/:id", () => {
  it("shows an exhibitor its own application: answers, checklist, history, edit allowed", async () => {
    const data = await loader(args(getRequest(`/portal/applications/${ids.own}`, cookies.own), ids.own));
    expect(data.application).toMatchObject({ id: ids.own, status: "submitted" });
    expect(data.view.edit).toEqual({ allowed: true });
    expect(data.view.history.map((entry) => entry.kind)).toEqual(["created", "updated", "updated", "status"]);
    expect(data.view.checklist.map((item) => item.code)).toEqual(["logo"]);
    expect(data.view.miniMaps).toBeNull(); // the plan is not published
  });

  it.each([
    ["another organisation's application", "other", "own", 403],
    ["an unknown id", "999999", "own", 404],
    ["an id that is not a number", "1 or 1=1", "own", 404],
    ["any application, for an organiser (exhibitor page)", "own", "organiser", 403],
  ] as const)("refuses %s", async (_case, target, who, status) => {
    const id = target === "other" || target === "own" ? String(ids[target]) : target;
    const outcome = await settle(() => loader(args(getRequest(`/portal/applications/${id}`, cookies[who]), id)));
    expect(outcome.status).toBe(status);
  });

  it("sends a visitor without session to the login page", async () => {
    const outcome = await settle(() => loader(args(getRequest(`/portal/applications/${ids.own}`), ids.own)));
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("editing answers from the portal", () => {
  it("saves a step with the same schema as the public form", async () => {
    const outcome = await settle(() =>
      action(
        args(
          editRequest(
            ids.own,
            "contacts",
            { ...VALID_CONTACTS, contactPhone: "04 91 11 22 33", contactEmail: "lea@studio.example" },
            cookies.own,
          ),
          ids.own,
        ),
      ),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(`/portal/applications/${ids.own}?saved=contacts`);
    const row = db().select().from(schema.applications).where(eq(schema.applications.id, ids.own)).get();
    expect(row?.contactPhone).toBe("04 91 11 22 33");
  });

  it("refuses bad input with 400 and changes nothing", async () => {
    const before = [rowsOf(ids.own), snapshotStore()];
    const outcome = await settle(() =>
      action(
        args(
          editRequest(ids.own, "participation", { ...VALID_PARTICIPATION, powerKw: "-3" }, cookies.own),
          ids.own,
        ),
      ),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({ errors: { powerKw: "powerRange" } });
    expect([rowsOf(ids.own), snapshotStore()]).toEqual(before);
  });

  it("refuses to edit another organisation's application by changing the URL id", async () => {
    const before = rowsOf(ids.other);
    const outcome = await settle(() =>
      action(
        args(
          editRequest(
            ids.other,
            "contacts",
            { ...VALID_CONTACTS, contactEmail: "x@evil.example" },
            cookies.own,
          ),
          ids.other,
        ),
      ),
    );
    expect(outcome.status).toBe(403);
    expect(rowsOf(ids.other)).toBe(before);
  });

  it("ignores hidden fields naming another application or organisation", async () => {
    const before = rowsOf(ids.other);
    const fields = {
      ...VALID_CONTACTS,
      contactEmail: "lea@studio.example",
      contactPhone: "04 00 00 00 01",
      applicationId: String(ids.other),
      organisationId: String(ids.otherOrg),
    };
    const outcome = await settle(() =>
      action(args(editRequest(ids.own, "contacts", fields, cookies.own), ids.own)),
    );
    expect(outcome.status).toBe(302);
    expect(rowsOf(ids.other)).toBe(before);
    expect(
      db().select().from(schema.applications).where(eq(schema.applications.id, ids.own)).get()?.contactPhone,
    ).toBe("04 00 00 00 01");
  });

  it("refuses edits after the event's edit deadline", async () => {
    setEvent({ editDeadlineAt: new Date(Date.now() - 1000) });
    try {
      const before = rowsOf(ids.own);
      const outcome = await settle(() =>
        action(
          args(
            editRequest(
              ids.own,
              "contacts",
              { ...VALID_CONTACTS, contactEmail: "lea@studio.example" },
              cookies.own,
            ),
            ids.own,
          ),
        ),
      );
      expect(outcome.status).toBe(403);
      expect(outcome.body).toEqual({ locked: "deadline" });
      expect(rowsOf(ids.own)).toBe(before);
      const page = await loader(
        args(getRequest(`/portal/applications/${ids.own}?edit=contacts`, cookies.own), ids.own),
      );
      expect(page.editing).toBeNull();
    } finally {
      setEvent({ editDeadlineAt: new Date(Date.now() + 86_400_000) });
    }
  });

  it.each(["rejected", "withdrawn", "confirmed"] as const)(
    "refuses edits once the application is %s",
    async (status) => {
      setStatus(ids.own, status);
      try {
        const outcome = await settle(() =>
          action(args(editRequest(ids.own, "wishes", {}, cookies.own), ids.own)),
        );
        expect(outcome.status).toBe(403);
        expect(outcome.body).toEqual({ locked: "status" });
      } finally {
        setStatus(ids.own, "submitted");
      }
    },
  );

  it.each(["in_review", "accepted", "waitlisted"] as const)("still allows edits while %s", async (status) => {
    setStatus(ids.own, status);
    try {
      const outcome = await settle(() =>
        action(args(editRequest(ids.own, "wishes", {}, cookies.own), ids.own)),
      );
      expect(outcome.status).toBe(302);
    } finally {
      setStatus(ids.own, "submitted");
    }
  });
});

describe("what the page shows", () => {
  it("lists status changes but not the organisers' internal lines", async () => {
    recordAudit({
      userId: null,
      eventId: ids.event,
      entity: "application",
      entityId: String(ids.own),
      action: "application.status",
      before: { status: "submitted" },
      after: { status: "in_review" },
    });
    recordAudit({
      userId: null,
      eventId: ids.event,
      entity: "application",
      entityId: String(ids.own),
      action: "application.note",
      after: { body: "internal: weak portfolio" },
    });
    const data = await loader(args(getRequest(`/portal/applications/${ids.own}`, cookies.own), ids.own));
    const history = data.view.history;
    expect(history.at(-1)).toMatchObject({ kind: "status", status: "in_review" });
    expect(JSON.stringify(data)).not.toContain("weak portfolio");
  });

  it("draws the stand on a mini-map once the plan is published, the exhibitor's stand highlighted", async () => {
    setEvent({ publishedPlanVersion: 1 });
    const data = await loader(args(getRequest(`/portal/applications/${ids.own}`, cookies.own), ids.own));
    const [map] = data.view.miniMaps ?? [];
    expect(map?.stands.map((s) => [s.code, s.own])).toEqual([
      ["A12", true],
      ["B01", false],
    ]);
    const html = renderRoute(
      "fr",
      PortalApplication as ComponentType,
      `/portal/applications/${ids.own}`,
      data,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain("mini-map__stand mini-map__stand--own");
    expect(visibleText(html)).toContain("Vos stands\u00a0: A12");
    const english = visibleText(
      renderRoute("en", PortalApplication as ComponentType, `/portal/applications/${ids.own}`, data),
    );
    expect(english).toContain("Your answers");
    expect(english).toContain("Still to complete");
  });
});
