import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, outbox, users } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as forgotAction } from "~/routes/auth/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/auth/reset-password";
import { verifyLogin } from "~/models/auth.server";
import { createSession } from "~/models/session.server";
import { setUserLocale } from "~/models/user.server";
import {
  args,
  createTestUser,
  PASSWORD,
  postForm,
  sessionRowsOf,
  settle,
  uniqueAddress,
  uniqueEmail,
} from "./auth-fixtures";

useTestDatabase();

const NEW_PASSWORD = "a brand new long passphrase";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

function outboxFor(email: string) {
  return getDb().select().from(outbox).where(eq(outbox.to, email)).all();
}

async function requestReset(email: string) {
  return settle(() => forgotAction(args(postForm("/forgot-password", { email }))));
}

/** Asks for a link and returns the raw token read from the e-mail, as the user would click it. */
async function resetLinkFor(email: string): Promise<string> {
  await requestReset(email);
  const message = outboxFor(email).at(-1);
  const token = message?.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no reset link in the outbox");
  return token;
}

function openLink(token: string) {
  return settle(() => resetLoader(args(new Request(`http://localhost/reset-password/${token}`), { token })));
}

function submitNewPassword(token: string, password = NEW_PASSWORD, confirmPassword = password) {
  const request = postForm(`/reset-password/${token}`, { password, confirmPassword });
  return settle(() => resetAction(args(request, { token })));
}

describe("forgot password", () => {
  it("answers the same neutral message whether or not the account exists, and e-mails only a real account", async () => {
    const user = await createTestUser("exhibitor");
    const known = await requestReset(user.email.toUpperCase());
    const unknownEmail = uniqueEmail("nobody");
    const unknown = await requestReset(unknownEmail);

    expect(known).toEqual(unknown);
    expect(known.status).toBe(200);
    expect(known.body).toMatchObject({ sent: true });
    expect(outboxFor(unknownEmail)).toHaveLength(0);

    const [message] = outboxFor(user.email);
    expect(message).toMatchObject({
      template: "reset",
      locale: "fr",
      subject: "Réinitialisation de votre mot de passe Allée",
    });
    expect(message?.text).toMatch(/http:\/\/localhost\/reset-password\/[A-Za-z0-9_-]{43}\n/);
    expect(message?.text).toContain("valable une heure");
    expect(message?.html).toContain('href="http://localhost/reset-password/');
  });

  it("writes the e-mail in the user's language and uses APP_URL for the link", async () => {
    vi.stubEnv("APP_URL", "https://allee.example/");
    const user = await createTestUser("staff");
    setUserLocale(user.id, "en");
    await requestReset(user.email);
    const [message] = outboxFor(user.email);
    expect(message).toMatchObject({ locale: "en", subject: "Reset your Allée password" });
    expect(message?.text).toContain("https://allee.example/reset-password/");
  });

  it("sends nothing to a disabled account", async () => {
    const user = await createTestUser("staff");
    getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id)).run();
    expect((await requestReset(user.email)).body).toMatchObject({ sent: true });
    expect(outboxFor(user.email)).toHaveLength(0);
  });
});

describe("reset link", () => {
  it("sets the new password once, ends every session, and is refused when used again", async () => {
    const user = await createTestUser("organiser");
    createSession(user.id);
    createSession(user.id);
    const token = await resetLinkFor(user.email);

    expect(await openLink(token)).toMatchObject({ status: 200, body: { problem: null } });
    const done = await submitNewPassword(token);
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/login?reset=done");
    expect(sessionRowsOf(user.id)).toHaveLength(0);

    const clientAddress = uniqueAddress();
    expect(await verifyLogin({ email: user.email, password: NEW_PASSWORD, clientAddress })).toMatchObject({
      ok: true,
    });
    expect(await verifyLogin({ email: user.email, password: PASSWORD, clientAddress })).toMatchObject({
      ok: false,
    });

    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(user.id)), eq(auditLog.action, "password.reset")))
      .all();
    expect(audit).toHaveLength(1);

    expect(await openLink(token)).toMatchObject({ status: 410, body: { problem: "used" } });
    const again = await submitNewPassword(token, "yet another long passphrase");
    expect(again).toMatchObject({ status: 410, body: { problem: "used" } });
    expect(await verifyLogin({ email: user.email, password: NEW_PASSWORD, clientAddress })).toMatchObject({
      ok: true,
    });
  });

  it("is refused after one hour", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createTestUser("staff");
    const token = await resetLinkFor(user.email);
    vi.setSystemTime(Date.now() + 60 * 60 * 1000 + 1000);
    expect(await openLink(token)).toMatchObject({ status: 410, body: { problem: "expired" } });
    expect(await submitNewPassword(token)).toMatchObject({ status: 410, body: { problem: "expired" } });
    vi.useRealTimers();
    expect(
      await verifyLogin({ email: user.email, password: PASSWORD, clientAddress: uniqueAddress() }),
    ).toMatchObject({ ok: true });
  });

  it.each(["A".repeat(43), "short", "../../etc/passwd", "%00"])(
    "shows the invalid-link page for %j",
    async (token) => {
      expect(await openLink(token)).toMatchObject({ status: 404, body: { problem: "invalid" } });
      expect(await submitNewPassword(token)).toMatchObject({ status: 404, body: { problem: "invalid" } });
    },
  );

  it("voids the older reset links once a password has been reset", async () => {
    const user = await createTestUser("exhibitor");
    const first = await resetLinkFor(user.email);
    const second = await resetLinkFor(user.email);
    expect((await submitNewPassword(second)).status).toBe(302);
    expect(await openLink(first)).toMatchObject({ status: 410, body: { problem: "used" } });
  });

  it("keeps the link usable when the new password is refused (too short, not confirmed)", async () => {
    const user = await createTestUser("staff");
    const token = await resetLinkFor(user.email);
    const short = await submitNewPassword(token, "short");
    expect(short).toMatchObject({ status: 400, body: { errors: { password: "passwordTooShort" } } });
    const mismatch = await submitNewPassword(token, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    expect(mismatch).toMatchObject({
      status: 400,
      body: { errors: { confirmPassword: "passwordMismatch" } },
    });
    expect(await openLink(token)).toMatchObject({ status: 200 });
    expect(
      await verifyLogin({ email: user.email, password: PASSWORD, clientAddress: uniqueAddress() }),
    ).toMatchObject({ ok: true });
  });

  it("keeps the token out of the Referer of outgoing links", async () => {
    const { headers } = await import("~/routes/auth/reset-password");
    expect(new Headers(headers({} as never)).get("Referrer-Policy")).toBe("no-referrer");
  });
});
