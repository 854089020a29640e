import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { getRequestLocale } from "~/i18n/locale.server";
import { getUserById } from "~/models/user.server";
import { loader as rootLoader } from "~/root";
import { action as languageAction } from "~/routes/settings/language";
import { buildRequest, insertTestUser, routeArgs, sessionCookieFor } from "./shell-fixtures";

useTestDatabase();

const users = { french: { id: 0, cookie: "" }, english: { id: 0, cookie: "" } };

beforeAll(async () => {
  const french = insertTestUser("fr@test.example", "organiser", null, "fr");
  const english = insertTestUser("en@test.example", "staff", null, "en");
  users.french = { id: french.id, cookie: await sessionCookieFor(french.id) };
  users.english = { id: english.id, cookie: await sessionCookieFor(english.id) };
});

function post(fields: Record<string, string>, cookie?: string): Request {
  return buildRequest("/settings/language", cookie, { method: "POST", body: new URLSearchParams(fields) });
}

describe("the locale of a request", () => {
  it.each([
    ["nobody logged in, no cookie", undefined, "fr"],
    ["the lang cookie", "lang=en", "en"],
    ["an unknown lang cookie", "lang=de", "fr"],
    ["the lang cookie among others", "theme=dark; lang=en; x=1", "en"],
  ] as const)("follows %s", async (_case, cookie, expected) => {
    expect(await getRequestLocale(buildRequest("/", cookie))).toBe(expected);
    expect((await rootLoader(routeArgs(buildRequest("/", cookie)))).locale).toBe(expected);
  });

  it("prefers the user's own locale to the cookie", async () => {
    expect(await getRequestLocale(buildRequest("/", `${users.french.cookie}; lang=en`))).toBe("fr");
    expect(await getRequestLocale(buildRequest("/", `lang=fr; ${users.english.cookie}`))).toBe("en");
  });

  it("gives the header only the user's name, e-mail and role", async () => {
    const data = await rootLoader(routeArgs(buildRequest("/", users.english.cookie)));
    expect(data).toEqual({ locale: "en", user: { name: "en", email: "en@test.example", role: "staff" } });
  });
});

describe("POST /settings/language", () => {
  it("sets the lang cookie for a year and goes back to the page", async () => {
    const response = await languageAction(routeArgs(post({ locale: "en", redirectTo: "/login?x=1" })));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?x=1");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^lang=en; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly$/);
    expect(await getRequestLocale(buildRequest("/", cookie.split(";")[0]))).toBe("en");
  });

  it("goes home when no page is given", async () => {
    const response = await languageAction(routeArgs(post({ locale: "fr" })));
    expect(response.headers.get("Location")).toBe("/");
  });

  it("also stores the choice on the logged-in user's account", async () => {
    await languageAction(routeArgs(post({ locale: "en", redirectTo: "/admin" }, users.french.cookie)));
    expect(getUserById(users.french.id)?.locale).toBe("en");
    await languageAction(routeArgs(post({ locale: "fr", redirectTo: "/admin" }, users.french.cookie)));
    expect(getUserById(users.french.id)?.locale).toBe("fr");
  });

  it.each<Record<string, string>>([{ locale: "de" }, { locale: "" }, {}])(
    "refuses an unknown locale %o with a 400",
    async (fields) => {
      const response = await languageAction(routeArgs(post({ ...fields, redirectTo: "/" })));
      expect(response.status).toBe(400);
      expect(response.headers.get("Set-Cookie")).toBeNull();
      expect(await response.text()).toBe("Requête invalide");
    },
  );

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "login"])(
    "refuses the off-site redirectTo %s",
    async (redirectTo) => {
      const response = await languageAction(routeArgs(post({ locale: "en", redirectTo })));
      expect(response.status).toBe(400);
      expect(response.headers.get("Location")).toBeNull();
      expect(response.headers.get("Set-Cookie")).toBeNull();
    },
  );

  it("answers the 400 in the visitor's language", async () => {
    const response = await languageAction(routeArgs(post({ locale: "xx" }, "lang=en")));
    expect(await response.text()).toBe("Bad request");
  });
});
