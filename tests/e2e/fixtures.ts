import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";

export const DEMO_PASSWORD = "demo-allee-2024";
export const DEMO = {
  organiser: "orga@example.org",
  staff: "staff@example.org",
  exhibitor: "expo@example.org",
} as const;

export interface Journey {
  page: Page;
  context: BrowserContext;
  baseURL: string;
  /** Browser console errors of the current test; a test that expects one clears this list. */
  consoleErrors: string[];
}

/**
 * A fresh browser context per test (own cookies), connected to the Chromium started by the
 * global setup. Like the Epic Stack, a console error in the page fails the test.
 */
export function useJourney(): Journey {
  const journey = { consoleErrors: [] as string[] } as unknown as Journey;
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject("wsEndpoint"));
    journey.baseURL = inject("baseURL");
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    journey.consoleErrors.length = 0;
    journey.context = await browser.newContext({ baseURL: journey.baseURL, locale: "fr-FR" });
    journey.page = await journey.context.newPage();
    journey.page.on("console", (msg) => {
      if (msg.type() === "error") journey.consoleErrors.push(msg.text());
    });
    journey.page.on("pageerror", (err) => journey.consoleErrors.push(err.message));
  });
  afterEach(async () => {
    await journey.context?.close();
    expect(journey.consoleErrors, "errors in the browser console").toEqual([]);
  });
  return journey;
}

/** Logs in through the real form, as a person would. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe|password/i).fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login")),
    page.getByRole("button", { name: /se connecter|log in/i }).click(),
  ]);
}
