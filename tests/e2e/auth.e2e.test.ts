import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

describe("each demo role logs in and lands on its home", () => {
  const j = useJourney();

  it("shows the login page in French by default", async () => {
    await j.page.goto("/");
    await j.page.waitForURL(/\/login/);
    expect(await j.page.locator("html").getAttribute("lang")).toBe("fr");
    await expect.poll(() => j.page.getByRole("button", { name: "Se connecter" }).count()).toBe(1);
  });

  it.each([
    // The most recent event: min-2024 on a fresh seed, or one a journey before this one created.
    ["organiser", DEMO.organiser, /\/admin\/events\/[a-z0-9-]+$/],
    ["staff", DEMO.staff, /\/admin\/events\/[a-z0-9-]+$/],
    ["exhibitor", DEMO.exhibitor, /\/portal$/],
  ])("the %s lands on its home", async (_role, email, home) => {
    await login(j.page, email);
    await j.page.waitForURL(home);
    expect(await j.page.getByRole("heading", { level: 1 }).count()).toBeGreaterThan(0);
  });

  it("refuses a wrong password with a clear message and stays on the login page", async () => {
    await j.page.goto("/login");
    await j.page.getByLabel(/e-mail/i).fill(DEMO.organiser);
    await j.page.getByLabel(/mot de passe/i).fill("not-the-password");
    await j.page.getByRole("button", { name: "Se connecter" }).click();
    await expect.poll(() => j.page.getByRole("alert").first().textContent()).toMatch(/incorrect/i);
    expect(new URL(j.page.url()).pathname).toBe("/login");
    j.consoleErrors.length = 0; // the 400 answer of the form is logged by the browser
  });

  it("keeps an exhibitor out of the organiser pages", async () => {
    await login(j.page, DEMO.exhibitor);
    const response = await j.page.goto("/admin/events/min-2024");
    expect(response?.status()).toBe(403);
    j.consoleErrors.length = 0; // the browser logs the 403 document
  });

  it("logs out and the organiser pages ask to log in again", async () => {
    await login(j.page, DEMO.organiser);
    await j.page.getByRole("button", { name: /se déconnecter/i }).click();
    await j.page.waitForURL(/\/login/);
    await j.page.goto("/admin/events/min-2024");
    await j.page.waitForURL(/\/login\?redirectTo=/);
  });

  it("switches to English and keeps it", async () => {
    await j.page.goto("/login");
    await j.page.getByRole("button", { name: "English" }).click();
    await j.page.waitForURL(/\/login/);
    expect(await j.page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => j.page.getByRole("button", { name: "Log in" }).count()).toBe(1);
  });
});
