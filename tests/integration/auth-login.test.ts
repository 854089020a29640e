import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { loginAttempts, sessions, users } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as loginAction, loader as loginLoader } from "~/routes/auth/login";
import { action as logoutAction, loader as logoutLoader } from "~/routes/auth/logout";
import { getOptionalUser } from "~/models/auth.server";
import { getClientAddress } from "~/models/rate-limit.server";
import {
  args,
  cookiePair,
  createTestUser,
  PASSWORD,
  postForm,
  sessionRowsOf,
  settle,
  sha256,
  tokenFromCookie,
  uniqueAddress,
  uniqueEmail,
} from "./auth-fixtures";

useTestDatabase();
// These tests run as behind a reverse proxy, so that per-address limits apply.
process.env.TRUST_PROXY = "1";

type LoginArgs = Parameters<typeof loginAction>[0];

function login(fields: Record<string, string>, address = uniqueAddress(), path = "/login") {
  return settle(() => loginAction(args<LoginArgs>(postForm(path, fields, { "x-forwarded-for": address }))));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("login", () => {
  it("logs an organiser in with a hashed session token in an httpOnly, SameSite=Lax cookie", async () => {
    const user = await createTestUser("organiser");
    const result = await login({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD });

    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/admin");
    const setCookie = result.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^__session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=2592000/);
    expect(setCookie).not.toMatch(/Secure/i);

    const token = tokenFromCookie(cookiePair(setCookie));
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = sessionRowsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.idHash).toBe(sha256(token));
    expect(rows[0]?.idHash).not.toContain(token);
    const days = ((rows[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const me = await getOptionalUser(
      new Request("http://localhost/", { headers: { Cookie: cookiePair(setCookie) } }),
    );
    expect(me).toMatchObject({ id: user.id, role: "organiser", email: user.email, locale: "fr" });
  });

  it("sends an exhibitor to the portal, and marks the cookie Secure in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const user = await createTestUser("exhibitor");
    const result = await login({ email: user.email, password: PASSWORD });
    expect(result.headers.get("Location")).toBe("/portal");
    expect(result.headers.get("Set-Cookie")).toMatch(/;\s*Secure/i);
  });

  it("gives the same 401 answer for a wrong password and an unknown e-mail, and opens no session", async () => {
    const user = await createTestUser("staff");
    const wrong = await login({ email: user.email, password: "not the password at all" });
    const unknown = await login({ email: uniqueEmail("nobody"), password: "not the password at all" });

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (body: unknown) => ({ ...(body as Record<string, unknown>), email: "" });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body).toMatchObject({ formError: { code: "credentials" }, errors: {} });
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    expect(sessionRowsOf(user.id)).toHaveLength(0);
  });

  it("refuses an invited user who has no password yet, with the same answer", async () => {
    const user = await createTestUser("exhibitor", { password: null });
    const result = await login({ email: user.email, password: "anything at all here" });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ formError: { code: "credentials" } });
  });

  it("refuses a disabled account with the same answer", async () => {
    const user = await createTestUser("organiser");
    getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id)).run();
    const result = await login({ email: user.email, password: PASSWORD });
    expect(result.status).toBe(401);
  });
});

describe("lock-out after repeated failures", () => {
  it("locks an e-mail for 15 minutes after 5 failures, even with the right password, then lets it in again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const user = await createTestUser("organiser");
      const statuses: number[] = [];
      // Each attempt from a new address: this is the per-e-mail counter at work.
      for (let i = 0; i < 5; i += 1)
        statuses.push((await login({ email: user.email, password: "wrong password!" })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);

      const locked = await login({ email: user.email, password: PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ formError: { code: "locked", minutes: 15 } });
      expect(Number(locked.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
      expect(sessionRowsOf(user.id)).toHaveLength(0);

      vi.setSystemTime(Date.now() + 15 * 60 * 1000 + 1000);
      const after = await login({ email: user.email, password: PASSWORD });
      expect(after.status).toBe(302);
      const row = getDb()
        .select()
        .from(loginAttempts)
        .where(eq(loginAttempts.key, `email:${user.email}`))
        .get();
      expect(row).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it("locks an unknown e-mail the same way (no hint that the account does not exist)", async () => {
    const email = uniqueEmail("ghost");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await login({ email, password: "wrong password!" })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it("locks a client address that tries many e-mails", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < 5; i += 1)
      await login({ email: uniqueEmail("spray"), password: "wrong password!" }, address);
    const user = await createTestUser("staff");
    const fromSameAddress = await login({ email: user.email, password: PASSWORD }, address);
    expect(fromSameAddress.status).toBe(429);
    const fromElsewhere = await login({ email: user.email, password: PASSWORD });
    expect(fromElsewhere.status).toBe(302);
  });

  it("keeps no address counter when the address cannot be trusted, so strangers cannot lock everyone out", async () => {
    delete process.env.TRUST_PROXY;
    try {
      for (let i = 0; i < 6; i += 1) {
        await settle(() =>
          loginAction(
            args<LoginArgs>(
              postForm(
                "/login",
                { email: uniqueEmail(), password: "wrong password!" },
                { "x-forwarded-for": "9.9.9.9" },
              ),
            ),
          ),
        );
      }
      const rows = getDb().select().from(loginAttempts).all();
      expect(rows.filter((r) => r.key === "ip:9.9.9.9")).toEqual([]);
      const user = await createTestUser("staff");
      expect((await login({ email: user.email, password: PASSWORD })).status).toBe(302);
    } finally {
      process.env.TRUST_PROXY = "1";
    }
  });

  it("believes only the last X-Forwarded-For hop, the one the trusted proxy wrote", () => {
    const request = new Request("http://x/login", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7" } });
    expect(getClientAddress(request, { TRUST_PROXY: "1" })).toBe("203.0.113.7");
    expect(getClientAddress(request, {})).toBeNull();
  });
});

describe("redirectTo after login", () => {
  it("follows a same-site path with its query", async () => {
    const user = await createTestUser("organiser");
    const result = await login({
      email: user.email,
      password: PASSWORD,
      redirectTo: "/admin/outbox?q=min#top",
    });
    expect(result.headers.get("Location")).toBe("/admin/outbox?q=min#top");
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    "evil",
  ])("refuses %j and goes home instead", async (redirectTo) => {
    const user = await createTestUser("organiser");
    const result = await login({ email: user.email, password: PASSWORD, redirectTo });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/admin");
  });

  it("passes only a safe redirectTo from the URL to the form", async () => {
    const safe = await settle(() =>
      loginLoader(args(new Request("http://localhost/login?redirectTo=%2Fportal%3Fa%3D1"))),
    );
    expect(safe.body).toMatchObject({ redirectTo: "/portal?a=1" });
    const evil = await settle(() =>
      loginLoader(args(new Request("http://localhost/login?redirectTo=%2F%2Fevil.example"))),
    );
    expect(evil.body).toMatchObject({ redirectTo: null });
  });

  it("clears a dead session cookie when the login page is shown, instead of failing", async () => {
    const request = new Request("http://localhost/login", { headers: { Cookie: "__session=tampered%%%" } });
    const result = await settle(() => loginLoader(args(request)));
    expect(result.status).toBe(200);
    expect(result.headers.get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
  });

  it("sends someone already logged in straight on", async () => {
    const user = await createTestUser("exhibitor");
    const cookie = cookiePair(
      (await login({ email: user.email, password: PASSWORD })).headers.get("Set-Cookie"),
    );
    const result = await settle(() =>
      loginLoader(args(new Request("http://localhost/login", { headers: { Cookie: cookie } }))),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/portal");
  });
});

describe("logout", () => {
  it("deletes the session row and clears the cookie on POST", async () => {
    const user = await createTestUser("staff");
    const cookie = cookiePair(
      (await login({ email: user.email, password: PASSWORD })).headers.get("Set-Cookie"),
    );
    expect(sessionRowsOf(user.id)).toHaveLength(1);

    const request = new Request("http://localhost/logout", { method: "POST", headers: { Cookie: cookie } });
    const result = await settle(() => logoutAction(args(request)));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/login");
    expect(result.headers.get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
    expect(sessionRowsOf(user.id)).toHaveLength(0);
    expect(
      await getOptionalUser(new Request("http://localhost/", { headers: { Cookie: cookie } })),
    ).toBeNull();
  });

  it("only redirects on GET, leaving the session alone", async () => {
    const user = await createTestUser("staff");
    await login({ email: user.email, password: PASSWORD });
    const result = await settle(() => logoutLoader());
    expect(result.status).toBe(302);
    expect(sessionRowsOf(user.id)).toHaveLength(1);
    expect(getDb().select().from(sessions).all().length).toBeGreaterThan(0);
  });
});
