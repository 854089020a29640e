import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

const PLAN = "/admin/events/min-2024/plan";

/** Opens the editor and waits until the stage has drawn (the canvas is loaded after hydration). */
async function openEditor(page: Page) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(PLAN);
  await page.locator(".plan-canvas[data-ready='true']").waitFor({ timeout: 30_000 });
}

/** Screen position of a plan point (metres), from the stage's offset and scale on its container. */
async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator(".plan-canvas");
  const box = (await canvas.boundingBox())!;
  const view = await canvas.evaluate((el: HTMLElement) => ({
    x: Number(el.dataset.viewX),
    y: Number(el.dataset.viewY),
    scale: Number(el.dataset.scale),
  }));
  return { x: box.x + view.x + x * view.scale, y: box.y + view.y + y * view.scale };
}

const canvasData = (page: Page, key: string) =>
  page.locator(".plan-canvas").evaluate((el: HTMLElement, k) => el.dataset[k] ?? "", key);
const overlaps = (page: Page) => page.locator('.violations [data-rule="stand.overlap"]').count();

describe("the floor-plan editor", () => {
  const j = useJourney();

  it("draws a stand, shows the overlap while dragging, undoes, assigns an exhibitor, saves", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    expect(await overlaps(page)).toBe(0);

    // Draw a 3 × 2 m stand in the aisle between rows C and S (plan coordinates in metres).
    await page.getByRole("button", { name: "Dessiner un stand", exact: true }).click();
    const from = await toScreen(page, 13, 18.5);
    const to = await toScreen(page, 16, 20.5);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const heading = page.getByRole("heading", { name: /^Stand / });
    await expect.poll(() => heading.textContent()).toMatch(/^Stand \S+$/);
    const code = (await heading.textContent())!.replace("Stand ", "");
    expect(await canvasData(page, "selected")).toBe(code);

    // Drag it up onto C07: the overlap is reported during the drag, before the button is released.
    const centre = await toScreen(page, 14.5, 19.5);
    const onC07 = await toScreen(page, 14.5, 16.5);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(onC07.x, onC07.y, { steps: 12 });
    expect(await canvasData(page, "gesture")).toBe("dragging");
    await expect.poll(() => overlaps(page)).toBeGreaterThan(0);
    expect(Number(await canvasData(page, "errors"))).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__alleeEditor?.movesHandled ?? 0)).toBeGreaterThan(0);
    await page.mouse.up();
    expect(await canvasData(page, "gesture")).toBe("idle");

    // One undo takes the whole drag back, and the overlap with it.
    await page.keyboard.press("Control+z");
    await expect.poll(() => overlaps(page)).toBe(0);

    // Escape in the middle of a drag puts the stand back where it was, before the button is released.
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(onC07.x, onC07.y, { steps: 6 });
    await expect.poll(() => overlaps(page)).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    expect(await canvasData(page, "gesture")).toBe("idle");
    await page.mouse.up();
    await expect.poll(() => overlaps(page)).toBe(0);
    expect(await page.getByRole("button", { name: "Rétablir", exact: true }).isEnabled()).toBe(true);

    // Give the stand to an exhibitor by dragging it from the list onto the stand.
    const card = page.locator('[data-exhibitor-id="atlas-vr"]');
    const target = await toScreen(page, 14.5, 19.5);
    const canvasBox = (await page.locator(".plan-canvas").boundingBox())!;
    await card.dragTo(page.locator(".plan-canvas"), {
      targetPosition: { x: target.x - canvasBox.x, y: target.y - canvasBox.y },
    });
    await expect.poll(() => page.getByLabel("Exposant", { exact: true }).inputValue()).toBe("atlas-vr");
    await expect.poll(() => card.textContent()).toContain(code);

    // Save, reload: the stand and its exhibitor are still there.
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect.poll(() => page.locator(".save-bar__status").getAttribute("data-save-state")).toBe("saved");
    await expect.poll(() => page.locator(".save-bar__status").textContent()).toMatch(/Enregistré/);
    await openEditor(page);
    await expect.poll(() => page.locator('[data-exhibitor-id="atlas-vr"]').textContent()).toContain(code);
    await page.goto(`${PLAN}/table`);
    await expect.poll(() => page.getByLabel(`Exposant du stand ${code}`).inputValue()).toBe("atlas-vr");
  });

  it("refuses a save based on an older version with a clear message and a reload", async () => {
    const { page, context } = j;
    await login(page, DEMO.organiser);
    // A second browser (own cookies) opens the table view: it edits the version it loaded.
    const other = await context.browser()!.newContext({ baseURL: j.baseURL, locale: "fr-FR" });
    const stale = await other.newPage();
    stale.on("console", (msg) => {
      if (msg.type() === "error" && !/409/.test(msg.text())) j.consoleErrors.push(msg.text());
    });
    await login(stale, DEMO.organiser);
    await stale.goto(`${PLAN}/table`);
    const version = (await stale.locator(".save-bar__status").textContent())!.match(/Version (\d+)/)![1]!;

    // Meanwhile the first browser saves a change: the stored version moves on.
    await page.goto(`${PLAN}/table`);
    await page.getByLabel("Statut du stand A02").selectOption("held");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect
      .poll(() => page.locator(".save-bar__status").textContent())
      .toContain(`Version ${Number(version) + 1}`);

    await stale.getByLabel("Statut du stand A03").selectOption("reserved");
    await stale.getByRole("button", { name: "Enregistrer", exact: true }).click();
    const alert = stale.getByRole("alert").filter({ hasText: "modifié par quelqu’un d’autre" });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(`La version ${Number(version) + 1} est enregistrée`);
    expect(await stale.getByRole("button", { name: /Télécharger mes modifications/ }).count()).toBe(1);

    // « Recharger » brings the server's plan: the other organiser's change, and no alert.
    await stale.getByRole("button", { name: "Recharger" }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => stale.getByLabel("Statut du stand A02").inputValue()).toBe("held");
    await other.close();
  });

  it("keeps exhibitors out of the editor", async () => {
    await login(j.page, DEMO.exhibitor);
    const response = await j.page.goto(PLAN);
    expect(response?.status()).toBe(403);
    j.consoleErrors.length = 0; // the browser logs the 403 document
  });
});
