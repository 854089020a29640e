import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { sessions } from "../../db/schema";
import { useTestDatabase } from "../../tests/helpers/db";
import { createTestUser, settle } from "../../tests/integration/auth-fixtures";
import {
  getOptionalUser,
  homePathFor,
  loginReturnPath,
  requireOrganisation,
  requireRole,
  requireRoleForFetch,
  requireUser,
  safeRedirectPath,
  staleSessionHeaders,
} from "./auth.server";
import { commitSessionCookie, createSession } from "./session.server";

useTestDatabase();

async function requestAs(
  userId: number,
  url = "http://localhost/admin/events/min-2024?tab=plan",
): Promise<Request> {
  const cookie = (await commitSessionCookie(createSession(userId))).split(";")[0] ?? "";
  return new Request(url, { headers: { Cookie: cookie } });
}

describe("safeRedirectPath", () => {
  it.each([
    ["/admin", "/admin"],
    ["/admin/outbox?q=a%20b&page=2", "/admin/outbox?q=a%20b&page=2"],
    ["/portal#stand", "/portal#stand"],
  ])("keeps the same-site path %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/admin",
    "http:/evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/\n/evil.example",
    "admin",
    "",
    `/${"a".repeat(2001)}`,
    null,
    42,
  ])("refuses %j", (input) => {
    expect(safeRedirectPath(input)).toBeNull();
  });
});

describe("session cookie", () => {
  it("treats a tampered, unknown or expired cookie as logged out, and clears it", async () => {
    const user = await createTestUser("organiser");
    const good = await requestAs(user.id);
    expect(await getOptionalUser(good)).toMatchObject({ id: user.id });

    const cookie = good.headers.get("Cookie") ?? "";
    const tampered = `${cookie.slice(0, -4)}AAAA`;
    const cases = [
      tampered,
      "__session=not-base64-%%%",
      "__session=e30%3D",
      `__session=${btoa(JSON.stringify("x".repeat(43)))}`,
    ];
    for (const value of cases) {
      const request = new Request("http://localhost/admin", { headers: { Cookie: value } });
      expect(await getOptionalUser(request)).toBeNull();
      expect((await staleSessionHeaders(request)).get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
    }

    getDb()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id))
      .run();
    expect(await getOptionalUser(good)).toBeNull();
    // The expired row is removed on sight.
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
  });

  it("sets no header when there is no session cookie, whatever other cookies there are", async () => {
    expect((await staleSessionHeaders(new Request("http://localhost/login"))).get("Set-Cookie")).toBeNull();
    const others = new Request("http://localhost/login", { headers: { Cookie: "lang=en; my__session=abc" } });
    expect((await staleSessionHeaders(others)).get("Set-Cookie")).toBeNull();
    expect(await getOptionalUser(others)).toBeNull();
  });
});

describe("guards", () => {
  it("requireUser redirects an anonymous visitor to the login page with the path and query", async () => {
    const result = await settle(() =>
      requireUser(new Request("http://localhost/admin/events/min-2024?tab=plan")),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(
      "/login?redirectTo=%2Fadmin%2Fevents%2Fmin-2024%3Ftab%3Dplan",
    );
    expect(result.headers.get("Set-Cookie")).toBeNull();
  });

  it.each([
    ["http://localhost/admin/events/min-2024/plan.data", "/admin/events/min-2024/plan"],
    [
      "http://localhost/admin/events/min-2024/plan.data?_routes=routes%2Fadmin%2Fplan%2Findex",
      "/admin/events/min-2024/plan",
    ],
    ["http://localhost/admin/outbox.data?page=2&_routes=root", "/admin/outbox?page=2"],
    ["http://localhost/_root.data", "/"],
    ["http://localhost/_root.data?_routes=root", "/"],
    ["http://localhost/admin/events/_.data", "/admin/events/"],
  ])("requireUser sends the login page back to the page, never to its data URL %s", async (url, page) => {
    const result = await settle(() => requireUser(new Request(url, { method: "POST" })));
    expect(result.status).toBe(302);
    const location = new URL(result.headers.get("Location") ?? "", "http://localhost");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("redirectTo")).toBe(page);
    expect(loginReturnPath(url)).toBe(page);
  });

  it("requireRoleForFetch answers JSON 401 without a session (no redirect) and JSON 403 to other roles", async () => {
    const anonymous = await settle(() =>
      requireRoleForFetch(new Request("http://localhost/admin/events/min-2024/plan/save"), "organiser"),
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("Location")).toBeNull();
    expect(JSON.parse(String(anonymous.body))).toEqual({ ok: false, code: "unauthenticated" });
    const dead = await settle(() =>
      requireRoleForFetch(
        new Request("http://localhost/admin", { headers: { Cookie: "__session=garbage" } }),
        "organiser",
      ),
    );
    expect(dead.status).toBe(401);
    expect(dead.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);

    const organiser = await createTestUser("organiser");
    const staff = await createTestUser("staff");
    expect(await requireRoleForFetch(await requestAs(organiser.id), "organiser")).toMatchObject({
      id: organiser.id,
    });
    const refused = await settle(() => requestAs(staff.id).then((r) => requireRoleForFetch(r, "organiser")));
    expect(refused.status).toBe(403);
    expect(JSON.parse(String(refused.body))).toEqual({ ok: false, code: "forbidden" });
  });

  it("requireUser clears a dead cookie while redirecting", async () => {
    const request = new Request("http://localhost/admin", { headers: { Cookie: "__session=garbage" } });
    const result = await settle(() => requireUser(request));
    expect(result.status).toBe(302);
    expect(result.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
  });

  it("requireRole lets the listed roles through and answers 403 to the others", async () => {
    const organiser = await createTestUser("organiser");
    const staff = await createTestUser("staff");
    const exhibitor = await createTestUser("exhibitor");

    expect(await requireRole(await requestAs(organiser.id), "organiser")).toMatchObject({ id: organiser.id });
    expect(await requireRole(await requestAs(staff.id), "organiser", "staff")).toMatchObject({
      role: "staff",
    });
    expect(
      (await settle(() => requestAs(exhibitor.id).then((r) => requireRole(r, "organiser")))).status,
    ).toBe(403);
    expect((await settle(() => requestAs(staff.id).then((r) => requireRole(r, "organiser")))).status).toBe(
      403,
    );
    expect((await settle(() => requireRole(new Request("http://localhost/admin"), "organiser"))).status).toBe(
      302,
    );
  });

  it("requireOrganisation admits organisers, staff and the organisation's own exhibitors only", async () => {
    const organiser = await createTestUser("organiser");
    const staff = await createTestUser("staff");
    const exhibitor = await createTestUser("exhibitor");
    const own = exhibitor.organisationId ?? -1;
    const other = (await createTestUser("exhibitor")).organisationId ?? -1;

    expect(await requireOrganisation(await requestAs(organiser.id), other)).toMatchObject({
      id: organiser.id,
    });
    expect(await requireOrganisation(await requestAs(staff.id), other)).toMatchObject({ id: staff.id });
    expect(await requireOrganisation(await requestAs(exhibitor.id), own)).toMatchObject({ id: exhibitor.id });
    const refused = await settle(() => requestAs(exhibitor.id).then((r) => requireOrganisation(r, other)));
    expect(refused.status).toBe(403);
  });

  it("homePathFor sends organisers and staff to /admin and exhibitors to /portal", () => {
    const base = { id: 1, email: "a@b.fr", name: "A", organisationId: null, locale: "fr" as const };
    expect(homePathFor({ ...base, role: "organiser" })).toBe("/admin");
    expect(homePathFor({ ...base, role: "staff" })).toBe("/admin");
    expect(homePathFor({ ...base, role: "exhibitor", organisationId: 3 })).toBe("/portal");
  });
});
