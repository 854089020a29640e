import type { Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { canvasData, eventually, openEditor, PLAN, toScreen } from "./editor-support";
import { DEMO, login, useJourney } from "./fixtures";

describe("the editor's questions", () => {
  const j = useJourney();

  it("gives the focus to « Annuler » when asking before a delete, so that Enter deletes nothing", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    const stands = await canvasData(page, "stands");
    const e01 = await toScreen(page, 13.5, 31.5);
    await page.mouse.click(e01.x, e01.y);
    await eventually(() => canvasData(page, "selected")).toBe("E01");
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Supprimer 1 élément(s) ?" });
    await eventually(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annuler");
    await page.keyboard.press("Enter");
    await eventually(() => dialog.isVisible()).toBe(false);
    expect(await canvasData(page, "stands")).toBe(stands);
    expect(await canvasData(page, "selected")).toBe("E01");
  });

  it("asks before a link inside the app, keeps the page on Enter, and lets a finished save through", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    // The saves are held on their way to the server: the change stays unsaved as long as the test
    // needs (autosave would otherwise store it within seconds).
    const held: Route[] = [];
    await page.route(
      (url) => url.pathname.startsWith(PLAN),
      (route) => (route.request().method() === "POST" ? held.push(route) : route.continue()),
    );
    const e01 = await toScreen(page, 13.5, 31.5);
    await page.mouse.click(e01.x, e01.y);
    await eventually(() => canvasData(page, "selected")).toBe("E01");
    await page.locator(".plan-canvas").focus();
    await page.keyboard.press("ArrowDown");
    await eventually(() => page.locator(".save-bar__status").textContent()).toMatch(
      /non enregistrées|Enregistrement/,
    );

    // A link of the header: the dialog asks, the safe choice has the focus, Enter stays.
    const dialog = page.getByRole("dialog", { name: "Quitter sans enregistrer ?" });
    await page.getByRole("link", { name: "Candidatures" }).click();
    await eventually(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await eventually(() => dialog.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe(PLAN);

    // Asked again; this time the save lands while the dialog is open: nothing is left to lose,
    // so the navigation goes ahead by itself.
    await page.getByRole("link", { name: "Candidatures" }).click();
    await eventually(() => dialog.isVisible()).toBe(true);
    await eventually(() => held.length).toBeGreaterThan(0);
    for (const route of held.splice(0)) await route.continue();
    await eventually(() => new URL(page.url()).pathname).toBe("/admin/events/min-2024/applications");
  });

  it("leaves without saving when told to, and the change is not stored", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    await page.route(
      (url) => url.pathname.startsWith(PLAN),
      (route) => (route.request().method() === "POST" ? undefined : route.continue()),
    );
    const version = await page.locator(".save-bar").textContent();
    const e01 = await toScreen(page, 13.5, 31.5);
    await page.mouse.click(e01.x, e01.y);
    await eventually(() => canvasData(page, "selected")).toBe("E01");
    await page.locator(".plan-canvas").focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("link", { name: "Candidatures" }).click();
    await page.getByRole("button", { name: "Quitter sans enregistrer" }).click();
    await eventually(() => new URL(page.url()).pathname).toBe("/admin/events/min-2024/applications");
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await openEditor(page);
    expect(await page.locator(".save-bar").textContent()).toBe(version);
  });
});
