import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as introAction, loader as introLoader } from "~/routes/apply/index";
import { settle } from "./auth-fixtures";
import {
  formRequest,
  getRequest,
  insertOpenEvent,
  loadStep,
  outboxTo,
  postStep,
  resumeTokenIn,
  snapshotStore,
  startDraft,
  VALID_CONTACTS,
  validStart,
} from "./apply-fixtures";
import { insertOrganisation } from "./shell-fixtures";

useTestDatabase();

let slug = "";
let first = { email: "", siret: "", name: "" };
beforeAll(async () => {
  slug = insertOpenEvent("dup").event.slug;
  const started = await startDraft(slug, { contactEmail: "lea@lumen-studio.fr" });
  first = { email: "lea@lumen-studio.fr", siret: started.fields.siret!, name: started.fields.name! };
});

const args = (request: Request, params: Record<string, string>) =>
  ({ request, params, context: {} }) as never;

/** A second start that must be refused: 409, no new organisation or application, the link mailed to the first contact. */
async function expectDuplicate(overrides: Record<string, string>) {
  const before = snapshotStore();
  const mailsBefore = outboxTo(first.email).length;
  const outcome = await postStep(slug, "organisation", validStart(overrides));
  expect(outcome.status).toBe(409);
  expect(outcome.body).toMatchObject({ alert: "duplicate" });
  // Nothing of the other application is echoed: only what this visitor typed comes back.
  expect(JSON.stringify(outcome.body)).not.toContain(first.name);
  const after = snapshotStore();
  expect(after.rows).toEqual({
    ...before.rows,
    authTokens: before.rows.authTokens! + 1,
    outbox: before.rows.outbox! + 1,
  });
  expect(after.uploads).toEqual(before.uploads);
  const mails = outboxTo(first.email);
  expect(mails).toHaveLength(mailsBefore + 1);
  expect(mails.at(-1)?.text).toContain("déjà une");
  resumeTokenIn(mails.at(-1)!.text);
}

describe("one application per organisation and event", () => {
  it("refuses a second application with the same SIRET, and e-mails the link to the address on file", async () => {
    await expectDuplicate({ siret: first.siret, contactEmail: "someone@else.example" });
  });

  it("refuses a second application from the same e-mail domain", async () => {
    await expectDuplicate({ contactEmail: "hugo@lumen-studio.fr" });
  });

  it("matches the domain whatever its case", async () => {
    await expectDuplicate({ contactEmail: "Hugo@LUMEN-Studio.FR" });
  });

  it("refuses the very same address, even at a webmail provider", async () => {
    const { fields } = await startDraft(slug, { contactEmail: "solo.artist@gmail.com" });
    const before = snapshotStore().rows.applications;
    const outcome = await postStep(
      slug,
      "organisation",
      validStart({ contactEmail: "solo.artist@gmail.com" }),
    );
    expect(outcome.status).toBe(409);
    expect(snapshotStore().rows.applications).toBe(before);
    expect(outboxTo(fields.contactEmail!)).toHaveLength(2);
  });

  it.each(["gmail.com", "outlook.fr", "orange.fr", "free.fr", "hotmail.com", "laposte.net"])(
    "does not count %s as an organisation's domain",
    async (domain) => {
      await startDraft(slug, { contactEmail: `first@${domain}` });
      const second = await postStep(slug, "organisation", validStart({ contactEmail: `second@${domain}` }));
      expect(second.status).toBe(302);
    },
  );

  it("refuses a draft changing its main contact to another applicant's domain, without changing it", async () => {
    const { cookie, application } = await startDraft(slug);
    const outcome = await postStep(
      slug,
      "contacts",
      { ...VALID_CONTACTS, contactEmail: "boss@lumen-studio.fr" },
      { cookie },
    );
    expect(outcome.status).toBe(409);
    const row = getDb()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.id, application.id))
      .get();
    expect(row?.contactEmail).toBe(application.contactEmail);
  });

  it("refuses a draft changing its SIRET to another applicant's", async () => {
    const { cookie, application, fields } = await startDraft(slug);
    const { contactName: _n, contactEmail: _e, ...organisation } = fields;
    const outcome = await postStep(slug, "organisation", { ...organisation, siret: first.siret }, { cookie });
    expect(outcome.status).toBe(409);
    const row = getDb()
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, application.organisationId))
      .get();
    expect(row?.siret).toBe(fields.siret);
  });

  it("keeps the unique index as the last guard", () => {
    const existing = getDb()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.contactEmail, first.email))
      .get()!;
    expect(() =>
      getDb()
        .insert(schema.applications)
        .values({ eventId: existing.eventId, organisationId: existing.organisationId, requestedAreaM2: 9 })
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it("opens a draft for a registered organisation (same SIRET) only through the address on file", async () => {
    const known = insertOrganisation("known-studio");
    const siret = validStart().siret!;
    getDb().update(schema.organisations).set({ siret }).where(eq(schema.organisations.id, known.id)).run();
    getDb()
      .insert(schema.users)
      .values({
        email: "owner@known-studio.example",
        role: "exhibitor",
        organisationId: known.id,
        name: "Owner",
      })
      .run();
    const intruder = validStart({ siret, name: "Not Really Known", contactEmail: "intruder@evil.example" });
    const outcome = await postStep(slug, "organisation", intruder);
    expect(outcome.status).toBe(409);
    expect(outcome.headers.get("Set-Cookie")).toBeNull();
    const drafts = getDb()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.organisationId, known.id))
      .all();
    expect(drafts).toMatchObject([{ status: "draft", contactEmail: "owner@known-studio.example" }]);
    expect(
      getDb().select().from(schema.organisations).where(eq(schema.organisations.id, known.id)).get()?.name,
    ).toBe("Organisation known-studio");
    expect(outboxTo("intruder@evil.example")).toEqual([]);
    expect(outboxTo("owner@known-studio.example")).toHaveLength(1);
  });
});

describe("lost link", () => {
  it("e-mails a fresh link to a known address and answers the same for an unknown one", async () => {
    const known = await settle(() =>
      introAction(args(formRequest(`/apply/${slug}`, { intent: "resend", email: first.email }), { slug })),
    );
    const unknown = await settle(() =>
      introAction(
        args(formRequest(`/apply/${slug}`, { intent: "resend", email: "nobody@nowhere.example" }), { slug }),
      ),
    );
    expect(known.body).toEqual(unknown.body);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outboxTo("nobody@nowhere.example")).toEqual([]);
    expect(outboxTo(first.email).at(-1)?.subject).toBe("Votre candidature à Event dup");
  });

  it("refuses an invalid address with 400", async () => {
    const outcome = await settle(() =>
      introAction(args(formRequest(`/apply/${slug}`, { intent: "resend", email: "x" }), { slug })),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({ errors: { email: "emailInvalid" } });
  });
});

describe("applications outside the window", () => {
  const DAY = 86_400_000;
  it.each([
    ["not open yet", { applicationsOpenAt: new Date(Date.now() + DAY) }, "notYet"],
    [
      "closed",
      { applicationsOpenAt: new Date(Date.now() - 9 * DAY), applicationsCloseAt: new Date(Date.now() - DAY) },
      "ended",
    ],
    ["never opened", { applicationsOpenAt: null, applicationsCloseAt: null }, "none"],
  ] as const)("refuses every step when the window is %s, with the reason", async (_case, window, state) => {
    const closed = insertOpenEvent(undefined, window).event.slug;
    const intro = await settle(() => introLoader(args(getRequest(`/apply/${closed}`), { slug: closed })));
    expect(intro.body).toMatchObject({ window: { state } });
    const page = await loadStep(closed, "organisation");
    expect(page.status).toBe(403);
    expect(page.body).toMatchObject({ kind: "closed", window: { state } });
    const before = snapshotStore();
    const post = await postStep(closed, "organisation", validStart());
    expect(post.status).toBe(403);
    expect(snapshotStore()).toEqual(before);
  });

  it("refuses to submit a draft once the window has closed", async () => {
    const { event } = insertOpenEvent();
    const { cookie, application } = await startDraft(event.slug);
    getDb()
      .update(schema.events)
      .set({ applicationsCloseAt: new Date(Date.now() - 1000) })
      .where(eq(schema.events.id, event.id))
      .run();
    const outcome = await postStep(event.slug, "review", { consent: "on" }, { cookie });
    expect(outcome.status).toBe(403);
    expect(
      getDb().select().from(schema.applications).where(eq(schema.applications.id, application.id)).get()
        ?.status,
    ).toBe("draft");
  });
});
