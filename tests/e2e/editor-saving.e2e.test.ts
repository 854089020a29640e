import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { eventually, openEditor, PLAN, toScreen } from "./editor-support";
import { DEMO, login, useJourney } from "./fixtures";

/** Autosave's delay (AUTOSAVE_DELAY_MS) and a little more. */
const PAST_AUTOSAVE_MS = 3_800;

const selected = (page: Page) =>
  page.locator(".plan-canvas").evaluate((el: HTMLElement) => el.dataset.selected ?? "");
const saveState = (page: Page) => page.locator(".save-bar__status").getAttribute("data-save-state");

/** Clicks a plan point (metres). */
async function clickAt(page: Page, x: number, y: number): Promise<void> {
  const at = await toScreen(page, x, y);
  await page.mouse.click(at.x, at.y);
}

describe("saving the floor plan when the network or the session fails", () => {
  const j = useJourney();

  it("keeps the edits offline, says so, and saves them when the network is back", async () => {
    const { page, context } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    // E05 covers x 24–27, y 30–33 m: a point just below it is not on it.
    await clickAt(page, 25.5, 33.3);
    await eventually(() => selected(page)).not.toBe("E05");
    await clickAt(page, 25.5, 31.5);
    await eventually(() => selected(page)).toBe("E05");
    const version = (await page.locator(".save-bar__status").textContent())!.match(/Version (\d+)/)![1]!;

    await context.setOffline(true);
    await page.keyboard.press("ArrowDown"); // one grid step (0.5 m) down
    await eventually(() => saveState(page)).toBe("unsaved");
    await page.waitForTimeout(PAST_AUTOSAVE_MS);
    const offline = page.getByText(/Hors connexion\s*: vos modifications sont gardées dans cette page/);
    await eventually(() => offline.count()).toBe(1);
    // Still the editor, edits and all: no error page.
    expect(new URL(page.url()).pathname).toBe(PLAN);
    expect(await page.getByText(/Une erreur est survenue/).count()).toBe(0);
    expect(await page.locator(".plan-canvas").count()).toBe(1);
    expect(await saveState(page)).toBe("unsaved");
    expect(await page.getByRole("button", { name: "Enregistrer", exact: true }).isEnabled()).toBe(true);

    // Back online: the save goes through by itself.
    await context.setOffline(false);
    await eventually(() => saveState(page)).toBe("saved");
    await eventually(() => page.locator(".save-bar__status").textContent()).toContain(
      `Version ${Number(version) + 1}`,
    );
    expect(await offline.count()).toBe(0);

    // A reload shows the stand where it was moved.
    await openEditor(page);
    await eventually(() => page.locator(".save-bar__status").textContent()).toContain(
      `Version ${Number(version) + 1}`,
    );
    await clickAt(page, 25.5, 33.3);
    await eventually(() => selected(page)).toBe("E05");
    // The browser logs the requests that failed while offline.
    j.consoleErrors.splice(
      0,
      j.consoleErrors.length,
      ...j.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)),
    );
  });

  it("keeps the edits when the session has ended, with a login link in a new tab, and saves after it", async () => {
    const { page, context } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    await clickAt(page, 28.5, 31.5);
    await eventually(() => selected(page)).toBe("E06");

    // Logged out in another tab of the same browser.
    const other = await context.newPage();
    await other.goto("/admin");
    await Promise.all([
      other.waitForURL((url) => url.pathname.startsWith("/login")),
      other.getByRole("button", { name: "Se déconnecter" }).click(),
    ]);

    await page.keyboard.press("ArrowUp");
    await eventually(() => saveState(page)).toBe("unsaved");
    await page.keyboard.press("Control+s");
    const alert = page.getByRole("alert").filter({ hasText: /session a expiré/ });
    await eventually(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/vos modifications sont gardées dans cette page/);
    const link = alert.getByRole("link", { name: /Se reconnecter/ });
    expect(await link.getAttribute("href")).toBe(`/login?redirectTo=${encodeURIComponent(PLAN)}`);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener");
    // Nothing navigated: the page and its edits are still here.
    expect(new URL(page.url()).pathname).toBe(PLAN);
    expect(new URL(page.url()).search).toBe("");
    expect(await saveState(page)).toBe("unsaved");
    expect(await page.locator(".plan-canvas").count()).toBe(1);

    // Logged in again elsewhere, « Enregistrer » saves the edits kept in this page.
    await login(other, DEMO.organiser);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await eventually(() => saveState(page)).toBe("saved");
    await eventually(() => alert.count()).toBe(0);
    // The browser logs the refused request (401) as a failed resource: that one is expected.
    j.consoleErrors.splice(0, j.consoleErrors.length, ...j.consoleErrors.filter((e) => !/\b401\b/.test(e)));
  });

  it("keeps the editor when a warning is accepted offline, and says the acceptance failed", async () => {
    const { page, context } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    // An unsaved edit, which the error page would have thrown away.
    await clickAt(page, 25.5, 31.5);
    await eventually(() => selected(page)).toBe("E05");
    await page.keyboard.press("ArrowDown");
    await eventually(() => saveState(page)).toBe("unsaved");
    await context.setOffline(true);
    const warning = page.locator(".violations .violation--warning").first();
    await warning.getByRole("button", { name: "Accepter…" }).click();
    await warning.getByLabel("Raison de l’acceptation").fill("Vu avec les deux exposants");
    await warning.getByRole("button", { name: "Accepter l’avertissement" }).click();
    await eventually(() => page.getByText("L’acceptation a été refusée.").count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(PLAN);
    expect(await page.locator(".plan-canvas").count()).toBe(1);
    expect(await saveState(page)).toBe("unsaved");
    await context.setOffline(false);
    // The browser logs the requests it could not send: those are expected.
    j.consoleErrors.splice(
      0,
      j.consoleErrors.length,
      ...j.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)),
    );
  });
});
