import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, outbox } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as inviteAction, loader as inviteLoader } from "~/routes/auth/invite";
import { inviteUser } from "~/models/account.server";
import { getOptionalUser } from "~/models/auth.server";
import { getUserByEmail } from "~/models/user.server";
import {
  args,
  cookiePair,
  createOrganisation,
  createTestUser,
  postForm,
  sessionRowsOf,
  settle,
  uniqueEmail,
} from "./auth-fixtures";

useTestDatabase();

const ORIGIN = "https://allee.example";
const PASSWORD = "my first long passphrase";

afterEach(() => {
  vi.useRealTimers();
});

function inviteLinkFor(email: string): string {
  const message = getDb().select().from(outbox).where(eq(outbox.to, email)).all().at(-1);
  const token = message?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no invitation link in the outbox");
  return token;
}

async function inviteExhibitor(email = uniqueEmail("invitee"), locale: "fr" | "en" = "fr") {
  const organiser = await createTestUser("organiser");
  const organisationId = createOrganisation();
  const result = await inviteUser({
    email,
    name: "Léa Martin",
    role: "exhibitor",
    organisationId,
    locale,
    invitedBy: organiser.id,
    origin: ORIGIN,
  });
  return { result, organisationId, organiser, email };
}

function openLink(token: string) {
  return settle(() => inviteLoader(args(new Request(`http://localhost/invite/${token}`), { token })));
}

function accept(
  token: string,
  fields: Record<string, string> = { name: "Léa Martin", password: PASSWORD, confirmPassword: PASSWORD },
) {
  return settle(() => inviteAction(args(postForm(`/invite/${token}`, fields), { token })));
}

describe("inviteUser", () => {
  it("creates the user without a password and e-mails a 7-day link in their language", async () => {
    const { result, organisationId, organiser, email } = await inviteExhibitor(undefined, "en");
    expect(result).toMatchObject({
      status: "invited",
      created: true,
      user: { email, role: "exhibitor", organisationId },
    });
    const [message] = getDb().select().from(outbox).where(eq(outbox.to, email)).all();
    expect(message).toMatchObject({ template: "invite", locale: "en", subject: "Your access to Allée" });
    expect(message?.text).toContain(`${ORIGIN}/invite/`);
    expect(message?.text).toContain("valid for 7 days");
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "invite.send"), eq(auditLog.userId, organiser.id)))
      .all();
    expect(audit).toHaveLength(1);
  });

  it("sends a fresh link to a user who has not set a password yet, without creating a second account", async () => {
    const { email, organisationId, organiser } = await inviteExhibitor();
    const again = await inviteUser({
      email: email.toUpperCase(),
      name: "Léa",
      role: "exhibitor",
      organisationId,
      locale: "fr",
      invitedBy: organiser.id,
      origin: ORIGIN,
    });
    expect(again).toMatchObject({ status: "invited", created: false });
    expect(getDb().select().from(outbox).where(eq(outbox.to, email)).all()).toHaveLength(2);
  });

  it("sends nothing to an active account, and changes nothing for an account of another organisation", async () => {
    const active = await createTestUser("exhibitor");
    const base = {
      name: "X",
      role: "exhibitor" as const,
      locale: "fr" as const,
      invitedBy: null,
      origin: ORIGIN,
    };
    const activeResult = await inviteUser({
      ...base,
      email: active.email,
      organisationId: active.organisationId,
    });
    expect(activeResult.status).toBe("already-active");
    const conflict = await inviteUser({ ...base, email: active.email, organisationId: createOrganisation() });
    expect(conflict.status).toBe("conflict");
    expect(getDb().select().from(outbox).where(eq(outbox.to, active.email)).all()).toHaveLength(0);
    expect(getUserByEmail(active.email)?.organisationId).toBe(active.organisationId);
  });
});

describe("invitation link", () => {
  it("shows the address, sets the password and name, logs the user in and works only once", async () => {
    const { email } = await inviteExhibitor();
    const token = inviteLinkFor(email);
    expect(await openLink(token)).toMatchObject({
      status: 200,
      body: { problem: null, email, name: "Léa Martin" },
    });

    const done = await accept(token, { name: "  Léa M.  ", password: PASSWORD, confirmPassword: PASSWORD });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/portal");
    const cookie = cookiePair(done.headers.get("Set-Cookie"));
    const me = await getOptionalUser(new Request("http://localhost/portal", { headers: { Cookie: cookie } }));
    expect(me).toMatchObject({ email, name: "Léa M.", role: "exhibitor" });
    expect(sessionRowsOf(me?.id ?? -1)).toHaveLength(1);

    expect(await openLink(token)).toMatchObject({ status: 410, body: { problem: "used" } });
    expect(await accept(token)).toMatchObject({ status: 410, body: { problem: "used" } });
  });

  it("is refused after 7 days", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { email } = await inviteExhibitor();
    const token = inviteLinkFor(email);
    vi.setSystemTime(Date.now() + 7 * 24 * 60 * 60 * 1000 + 1000);
    expect(await openLink(token)).toMatchObject({ status: 410, body: { problem: "expired" } });
    expect(await accept(token)).toMatchObject({ status: 410, body: { problem: "expired" } });
  });

  it("does not accept a reset token as an invitation", async () => {
    const { email } = await inviteExhibitor();
    const token = inviteLinkFor(email);
    const { loader: resetLoader } = await import("~/routes/auth/reset-password");
    const asReset = await settle(() => resetLoader(args(new Request("http://localhost/"), { token })));
    expect(asReset).toMatchObject({ status: 404, body: { problem: "invalid" } });
  });

  it("refuses bad fields with 400, keeps the link and stores nothing", async () => {
    const { email } = await inviteExhibitor();
    const token = inviteLinkFor(email);
    const result = await accept(token, { name: "", password: "short", confirmPassword: "other" });
    expect(result).toMatchObject({
      status: 400,
      body: { errors: { name: "required", password: "passwordTooShort" } },
    });
    expect(await openLink(token)).toMatchObject({ status: 200 });
    expect(getUserByEmail(email)?.name).toBe("Léa Martin");
  });
});
