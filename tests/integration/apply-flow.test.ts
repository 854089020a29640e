import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { storedFilePath } from "~/models/file-store.server";
import { action as resumeAction, loader as resumeLoader } from "~/routes/apply/resume";
import { loader as submittedLoader } from "~/routes/apply/submitted";
import { cookiePair, settle } from "./auth-fixtures";
import {
  formRequest,
  getRequest,
  insertOpenEvent,
  loadStep,
  outboxTo,
  PNG_1X1,
  postStep,
  resumeTokenIn,
  startDraft,
  VALID_CONTACTS,
  VALID_PARTICIPATION,
  validStart,
} from "./apply-fixtures";
import { insertApplication, insertOrganisation } from "./shell-fixtures";

useTestDatabase();

let slug = "";
let neighbourId = 0;
beforeAll(() => {
  const { event } = insertOpenEvent("min-2030");
  slug = event.slug;
  neighbourId = insertOrganisation("voisin").id;
  insertApplication(event.id, neighbourId, "submitted");
});

const db = () => getDb();
const args = (request: Request, params: Record<string, string>) =>
  ({ request, params, context: {} }) as never;

describe("a visitor applies through every step", () => {
  let cookie = "";
  let applicationId = 0;
  let contactEmail = "";

  it("starts with the organisation step: organisation + draft in one go, logo stored by content, resume link e-mailed", async () => {
    const fields = validStart();
    contactEmail = fields.contactEmail!;
    const outcome = await postStep(slug, "organisation", fields, {
      files: { logo: { name: "logo.png", type: "image/png", bytes: PNG_1X1 } },
    });
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(`/apply/${slug}/contacts?started=1`);
    const setCookie = outcome.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^apply_draft=/);
    expect(setCookie).toMatch(/HttpOnly/);
    cookie = cookiePair(setCookie);

    const application = db()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.contactEmail, contactEmail))
      .get()!;
    applicationId = application.id;
    expect(application).toMatchObject({
      status: "draft",
      requestedAreaM2: 0,
      contactName: "Léa Martin",
      locale: "fr",
    });
    const organisation = db()
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, application.organisationId))
      .get()!;
    expect(organisation).toMatchObject({
      name: fields.name,
      siret: fields.siret,
      legalForm: "SAS",
      country: "FR",
      sector: "xr",
    });
    expect(organisation.emailDomain).toBe(contactEmail.split("@")[1]);
    expect(organisation.logoSha256).toMatch(/^[0-9a-f]{64}$/);
    const file = db()
      .select()
      .from(schema.files)
      .where(eq(schema.files.sha256, organisation.logoSha256!))
      .get();
    expect(file).toMatchObject({ mime: "image/png", sizeBytes: PNG_1X1.length });
    const onDisk = storedFilePath(organisation.logoSha256!);
    expect(onDisk).toContain(`${organisation.logoSha256!.slice(0, 2)}/${organisation.logoSha256}`);
    expect(fs.readFileSync(onDisk).equals(PNG_1X1)).toBe(true);

    const [mail] = outboxTo(contactEmail);
    expect(mail?.subject).toBe("Votre candidature à Event min-2030");
    expect(mail?.text).toContain(`/apply/${slug}/resume/`);
    const tokens = db()
      .select()
      .from(schema.authTokens)
      .where(eq(schema.authTokens.email, contactEmail))
      .all();
    expect(tokens.map((t) => t.kind)).toEqual(["resume"]);
    // Only the hash is stored: the raw token of the e-mail is nowhere in the table.
    expect(tokens[0]?.tokenHash).not.toBe(resumeTokenIn(mail!.text));
  });

  it("says on the next page that the draft is saved and where the link went", async () => {
    const page = await loadStep(slug, "contacts", cookie);
    expect(page.status).toBe(200);
    const view = page.body as { startedEmail: string | null };
    expect(view.startedEmail).toBeNull(); // only right after the start (?started=1)
  });

  it("saves the contacts, the participation and the wishes, each moving to the next step", async () => {
    const contacts = await postStep(slug, "contacts", { ...VALID_CONTACTS, contactEmail }, { cookie });
    expect(contacts.headers.get("Location")).toBe(`/apply/${slug}/participation`);
    const participation = await postStep(slug, "participation", VALID_PARTICIPATION, { cookie });
    expect(participation.headers.get("Location")).toBe(`/apply/${slug}/wishes`);
    const wishes = await postStep(slug, "wishes", { near: [String(neighbourId)], avoid: [] }, { cookie });
    expect(wishes.headers.get("Location")).toBe(`/apply/${slug}/review`);

    const application = db()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.id, applicationId))
      .get()!;
    expect(application).toMatchObject({
      contactPhone: "+33 4 91 00 00 00",
      standKind: "shell",
      requestedAreaM2: 12,
      powerKw: 2.5,
      phases: 1,
      power24h: false,
      noise: "normal",
      pavilionCode: "pav-sud",
      declarations: {
        machines: false,
        lasers: false,
        drones: false,
        vrRigs: true,
        details: "Deux casques autonomes.",
      },
    });
    const others = db()
      .select()
      .from(schema.applicationContacts)
      .where(eq(schema.applicationContacts.applicationId, applicationId))
      .all();
    expect(others.map(({ role, name, email }) => ({ role, name, email }))).toEqual([
      { role: "onsite", name: "Hugo Bernard", email: "hugo@studio.example" },
    ]);
    const wished = db()
      .select()
      .from(schema.applicationWishes)
      .where(eq(schema.applicationWishes.applicationId, applicationId))
      .all();
    expect(wished).toEqual([{ applicationId, organisationId: neighbourId, kind: "near" }]);
  });

  it("keeps the no-JS 'Add' button on the wishes step", async () => {
    const outcome = await postStep(
      slug,
      "wishes",
      { near: [String(neighbourId), ""], intent: "add" },
      { cookie },
    );
    expect(outcome.headers.get("Location")).toBe(`/apply/${slug}/wishes`);
  });

  it("refuses to submit without consent, and submits with it: status, times, locale, e-mails, invitation", async () => {
    const refused = await postStep(slug, "review", {}, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: { consent: "consentRequired" } });
    expect(
      db().select().from(schema.applications).where(eq(schema.applications.id, applicationId)).get()?.status,
    ).toBe("draft");

    const submitted = await postStep(slug, "review", { consent: "on" }, { cookie });
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("Location")).toBe(`/apply/${slug}/submitted`);
    const application = db()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.id, applicationId))
      .get()!;
    expect(application.status).toBe("submitted");
    expect(application.submittedAt).toBeInstanceOf(Date);
    expect(application.consentAt).toBeInstanceOf(Date);
    expect(application.locale).toBe("fr");

    const mails = outboxTo(contactEmail).map((m) => ({ template: m.template, subject: m.subject }));
    expect(mails).toContainEqual({ template: "notice", subject: "Candidature reçue\u00a0: Event min-2030" });
    expect(mails.some((m) => m.template === "invite")).toBe(true);
    const user = db().select().from(schema.users).where(eq(schema.users.email, contactEmail)).get();
    expect(user).toMatchObject({
      role: "exhibitor",
      organisationId: application.organisationId,
      passwordHash: null,
    });

    const audit = db()
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.entity, "application"), eq(schema.auditLog.entityId, String(applicationId))),
      )
      .all()
      .map((row) => row.action);
    expect(audit[0]).toBe("application.create");
    expect(audit.at(-1)).toBe("application.submit");
  });

  it("shows the confirmation, and sends the steps there from now on", async () => {
    const page = await settle(() =>
      submittedLoader(args(getRequest(`/apply/${slug}/submitted`, cookie), { slug })),
    );
    expect(page.body).toEqual({ eventName: "Event min-2030", email: contactEmail });
    const step = await loadStep(slug, "contacts", cookie);
    expect(step.status).toBe(302);
    expect(step.headers.get("Location")).toBe(`/apply/${slug}/submitted`);
    // Without the cookie, the page does not tell which address was used.
    const stranger = await settle(() =>
      submittedLoader(args(getRequest(`/apply/${slug}/submitted`), { slug })),
    );
    expect(stranger.body).toEqual({ eventName: "Event min-2030", email: null });
  });
});

describe("the draft cookie and resume links", () => {
  it("ignores a tampered cookie (signed value): no draft, back to the first step", async () => {
    const { cookie } = await startDraft(slug);
    const [name, value = ""] = cookie.split("=");
    const tampered = `${name}=${value.slice(0, -3)}abc`;
    const outcome = await loadStep(slug, "contacts", tampered);
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(`/apply/${slug}/organisation`);
  });

  it("opens a draft in another browser with the e-mailed link, once", async () => {
    const { fields, application } = await startDraft(slug);
    const token = resumeTokenIn(outboxTo(fields.contactEmail!)[0]!.text);
    const params = { slug, token };
    // The page itself does not spend the link (mail scanners open links).
    expect(
      (await settle(() => resumeLoader(args(getRequest(`/apply/${slug}/resume/${token}`), params)))).status,
    ).toBe(200);
    const used = await settle(() =>
      resumeAction(args(formRequest(`/apply/${slug}/resume/${token}`, {}), params)),
    );
    expect(used.status).toBe(302);
    expect(used.headers.get("Location")).toBe(`/apply/${slug}/contacts`);
    const cookie = cookiePair(used.headers.get("Set-Cookie"));
    const page = await loadStep(slug, "organisation", cookie);
    expect((page.body as { values: { name: string } }).values.name).toBe(fields.name);
    expect(application.status).toBe("draft");

    const again = await settle(() =>
      resumeAction(args(formRequest(`/apply/${slug}/resume/${token}`, {}), params)),
    );
    expect(again.status).toBe(410);
    const forged = await settle(() => resumeLoader(args(getRequest("/x"), { slug, token: "x".repeat(43) })));
    expect(forged.status).toBe(404);
  });

  it("does not open a draft of this address in another event", async () => {
    const { fields } = await startDraft(slug);
    const token = resumeTokenIn(outboxTo(fields.contactEmail!)[0]!.text);
    const other = insertOpenEvent().event.slug;
    const outcome = await settle(() => resumeLoader(args(getRequest("/x"), { slug: other, token })));
    expect(outcome.status).toBe(404);
  });

  it("records the English applicant's language and writes to them in English", async () => {
    const { cookie, fields } = await startDraft(slug);
    const english = `${cookie}; lang=en`;
    await postStep(
      slug,
      "contacts",
      { ...VALID_CONTACTS, contactEmail: fields.contactEmail! },
      { cookie: english },
    );
    await postStep(slug, "participation", VALID_PARTICIPATION, { cookie: english });
    const submitted = await postStep(slug, "review", { consent: "on" }, { cookie: english });
    expect(submitted.status).toBe(302);
    const row = db()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.contactEmail, fields.contactEmail!))
      .get();
    expect(row?.locale).toBe("en");
    expect(outboxTo(fields.contactEmail!).map((m) => m.subject)).toContain(
      "Application received: Event min-2030",
    );
  });

  it("refuses to submit a draft whose participation step was never answered", async () => {
    const { cookie } = await startDraft(slug);
    await postStep(
      slug,
      "contacts",
      { ...VALID_CONTACTS, contactEmail: "someone@studio-x.example" },
      { cookie },
    );
    const outcome = await postStep(slug, "review", { consent: "on" }, { cookie });
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({
      alert: "missing",
      missing: [{ code: "participation", blocking: true }],
    });
  });
});
