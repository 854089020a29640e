import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { canvasData, eventually, openEditor, PLAN, toScreen } from "./editor-support";
import { DEMO, login, useJourney } from "./fixtures";

/** Konva canvases hidden behind a still picture of themselves, and pictures on screen (ADR 014). */
const stills = (page: Page) =>
  page.locator(".plan-canvas").evaluate((el: HTMLElement) => {
    const canvases = [...el.querySelectorAll("canvas")];
    return {
      hidden: canvases.filter((c) => c.style.visibility === "hidden").length,
      pictures: canvases.filter(
        (c) => c.getAttribute("aria-hidden") === "true" && c.style.display === "block",
      ).length,
    };
  });
/** The little of Konva's global the journeys read (the canvas registers it as window.Konva). */
interface KonvaGlobal {
  stages: { getLayers(): { draw(): void; getCanvas(): { _canvas: HTMLCanvasElement } }[] }[];
}
const overlaps = (page: Page) => page.locator('.violations [data-rule="stand.overlap"]').count();

describe("the floor-plan editor", () => {
  const j = useJourney();

  it("draws a stand, shows the overlap while dragging, undoes, assigns an exhibitor, saves", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    // The workspace is the window's size: the canvas, scale bar and legend are all in view and
    // the page does not scroll (a wheel over the canvas zooms, it cannot scroll the page).
    const fit = await page.evaluate(() => ({
      canvas: document.querySelector(".plan-canvas")!.getBoundingClientRect().bottom,
      legend: document.querySelector(".legend")!.getBoundingClientRect().bottom,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(fit.canvas).toBeLessThan(fit.legend);
    expect(fit.legend).toBeLessThanOrEqual(1000);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(await overlaps(page)).toBe(0);
    // The rules run in a Web Worker, off the page's main thread (ADR 017), and the dragged stands
    // are painted by another (ADR 018).
    expect(await canvasData(page, "validation")).toBe("worker");
    expect(await canvasData(page, "dragPaint")).toBe("worker");

    // Draw a 3 × 2 m stand in the aisle between rows C and S (plan coordinates in metres).
    await page.getByRole("button", { name: "Dessiner un stand", exact: true }).click();
    const from = await toScreen(page, 13, 18.5);
    const to = await toScreen(page, 16, 20.5);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const heading = page.getByRole("heading", { name: /^Stand / });
    await eventually(() => heading.textContent()).toMatch(/^Stand \S+$/);
    const code = (await heading.textContent())!.replace("Stand ", "");
    expect(await canvasData(page, "selected")).toBe(code);

    // Drag it up onto C07: the overlap is reported during the drag, before the button is released.
    const centre = await toScreen(page, 14.5, 19.5);
    const onC07 = await toScreen(page, 14.5, 16.5);
    // A part of the plan away from the drag: it must look the same while the stand is dragged.
    const box = (await page.locator(".plan-canvas").boundingBox())!;
    const away = {
      x: box.x + box.width * 0.6,
      y: box.y + 10,
      width: box.width * 0.35,
      height: box.height * 0.4,
    };
    const still = await page.screenshot({ clip: away });
    const middleOfC07 = { x: onC07.x - 2, y: onC07.y - 2, width: 4, height: 4 };
    const c07 = await page.screenshot({ clip: middleOfC07 });
    expect(await stills(page)).toEqual({ hidden: 0, pictures: 0 });
    const panel = page.locator("section.violations");
    const errorsBefore = Number(await canvasData(page, "errors"));
    expect(await panel.getAttribute("data-errors")).toBe(String(errorsBefore));
    // What the panel says of its list during the drag, as it says it.
    await panel.evaluate((section) => {
      const said: (string | null)[] = [];
      new MutationObserver(() => said.push(section.getAttribute("aria-busy"))).observe(section, {
        attributes: true,
        attributeFilter: ["aria-busy"],
      });
      (window as unknown as { __busy: (string | null)[] }).__busy = said;
    });
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(onC07.x, onC07.y, { steps: 12 });
    expect(await canvasData(page, "gesture")).toBe("dragging");
    // The overlap is found during the drag: the canvas's count, then the panel's, go up; once the
    // pointer rests (the button still down) the panel's list names it too (ADR 019).
    await eventually(async () => Number(await canvasData(page, "errors"))).toBeGreaterThan(errorsBefore);
    const errorsDuring = await canvasData(page, "errors");
    await eventually(() => panel.getAttribute("data-errors")).toBe(errorsDuring);
    await eventually(() => overlaps(page)).toBeGreaterThan(0);
    expect(await panel.getAttribute("aria-busy")).toBeNull();
    // Busy from the first move, no longer once the pointer rested.
    const said = await page.evaluate(() => (window as unknown as { __busy: (string | null)[] }).__busy);
    expect(said[0]).toBe("true");
    expect(said.at(-1)).toBeNull();
    // During the drag the four layers that do not move (floor, stands, outlines, overlay) are
    // shown as pictures of themselves, pixel for pixel (ADR 014).
    await eventually(() => stills(page)).toEqual({ hidden: 4, pictures: 4 });
    expect((await page.screenshot({ clip: away })).equals(still)).toBe(true);
    // The dragged stand is on screen under the pointer, over C07 (painted by the worker).
    expect((await page.screenshot({ clip: middleOfC07 })).equals(c07)).toBe(false);
    // C07 turned red while the stand was dragged onto it: the outlines were repainted around it
    // only (ADR 015), and hold what a full repaint gives. Skia may antialias a path of a few
    // outlines one unit of alpha apart from the same outlines within a path of many, so each
    // channel may differ by 2 at most; an outline left out differs by a hundred or more.
    const outlines = await page.evaluate(() => {
      const layer = (window as unknown as { Konva: KonvaGlobal }).Konva.stages[0]!.getLayers()[2]!;
      const canvas = layer.getCanvas()._canvas;
      const pixels = () => canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      const partial = pixels();
      layer.draw();
      const full = pixels();
      let painted = 0;
      let apart = 0;
      for (let i = 0; i < full.length; i += 4) {
        if (full[i + 3]! > 0) painted++;
        for (let c = 0; c < 4; c++) if (Math.abs(partial[i + c]! - full[i + c]!) > 2) apart++;
      }
      return { painted, apart };
    });
    expect(outlines.painted).toBeGreaterThan(0);
    expect(outlines.apart).toBe(0);
    expect(Number(await canvasData(page, "errors"))).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__alleeEditor?.movesHandled ?? 0)).toBeGreaterThan(0);
    await page.mouse.up();
    expect(await canvasData(page, "gesture")).toBe("idle");
    expect(await stills(page)).toEqual({ hidden: 0, pictures: 0 });
    await eventually(() => overlaps(page)).toBeGreaterThan(0);
    expect(await panel.getAttribute("aria-busy")).toBeNull();

    // One undo takes the whole drag back, and the overlap with it.
    await page.keyboard.press("Control+z");
    await eventually(() => overlaps(page)).toBe(0);

    // Escape in the middle of a drag puts the stand back where it was, before the button is released.
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(onC07.x, onC07.y, { steps: 6 });
    await eventually(async () => Number(await canvasData(page, "errors"))).toBeGreaterThan(errorsBefore);
    await page.keyboard.press("Escape");
    expect(await canvasData(page, "gesture")).toBe("idle");
    await page.mouse.up();
    await eventually(async () => Number(await canvasData(page, "errors"))).toBe(errorsBefore);
    expect(await overlaps(page)).toBe(0);
    await eventually(() => page.getByRole("button", { name: "Rétablir", exact: true }).isEnabled()).toBe(
      true,
    );

    // Give the stand to an exhibitor by dragging it from the list onto the stand.
    const card = page.locator('[data-exhibitor-id="atlas-vr"]');
    const target = await toScreen(page, 14.5, 19.5);
    const canvasBox = (await page.locator(".plan-canvas").boundingBox())!;
    await card.dragTo(page.locator(".plan-canvas"), {
      targetPosition: { x: target.x - canvasBox.x, y: target.y - canvasBox.y },
    });
    await eventually(() => page.getByLabel("Exposant", { exact: true }).inputValue()).toBe("atlas-vr");
    await eventually(() => card.textContent()).toContain(code);

    // Save, reload: the stand and its exhibitor are still there.
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await eventually(() => page.locator(".save-bar__status").getAttribute("data-save-state")).toBe("saved");
    await eventually(() => page.locator(".save-bar__status").textContent()).toMatch(/Enregistré/);
    await openEditor(page);
    await eventually(() => page.locator('[data-exhibitor-id="atlas-vr"]').textContent()).toContain(code);
    await page.goto(`${PLAN}/table`);
    await eventually(() => page.getByLabel(`Exposant du stand ${code}`).inputValue()).toBe("atlas-vr");
  });

  it("keeps what is typed in a field to the stand it was typed for, and reads a decimal comma", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    // E01 and E02: the same size, no notes.
    const e01 = await toScreen(page, 13.5, 31.5);
    const e02 = await toScreen(page, 16.5, 31.5);
    await page.mouse.click(e01.x, e01.y);
    await eventually(() => canvasData(page, "selected")).toBe("E01");
    await page.getByLabel("Notes").fill("Livraison lundi 8h");
    // Typed, not yet applied: the click on E02 applies it (the field is left).
    await page.getByLabel("Profondeur (m)").fill("3,5");
    await page.mouse.click(e02.x, e02.y);
    await eventually(() => canvasData(page, "selected")).toBe("E02");
    // E02's own values, not what was typed for E01.
    expect(await page.getByLabel("Notes").inputValue()).toBe("");
    expect(await page.getByLabel("Profondeur (m)").inputValue()).toBe("3");
    // E01 got both, « 3,5 » read as 3.5 m (a number field would have read 35).
    await page.mouse.click(e01.x, e01.y);
    await eventually(() => canvasData(page, "selected")).toBe("E01");
    expect(await page.getByLabel("Profondeur (m)").inputValue()).toBe("3.5");
    expect(await page.getByLabel("Notes").inputValue()).toBe("Livraison lundi 8h");
    // Power boxes are named as on the plan in the stand's list of boxes.
    expect(await page.locator("#inspector-box option").allTextContents()).toContain(
      "C-N1 — Coffret 36 kVA tri (hypothèse), mur nord",
    );
  });

  it("drags a power box with the checks following it live, and undoes the move", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    const outOfReach = () => page.locator('.violations [data-rule="power.out-of-reach"]').count();
    expect(await outOfReach()).toBe(0);
    const panelErrors = () => page.locator("section.violations").getAttribute("data-errors");
    await eventually(() => canvasData(page, "validation")).toBe("worker");
    const errorsBefore = Number(await canvasData(page, "errors"));
    // Box C-N2 on the north wall, dragged to the far south-east corner: its six stands are then
    // more than 30 m of cable away. Each move is a whole check of the plan, in the rule worker.
    const from = await toScreen(page, 24, 0.3);
    const to = await toScreen(page, 58, 34);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 15 });
    expect(await canvasData(page, "gesture")).toBe("dragging");
    expect(await canvasData(page, "selected")).toBe("C-N2");
    // During the drag the six errors are counted, on the canvas and in the panel, and listed.
    await eventually(() => canvasData(page, "errors")).toBe(String(errorsBefore + 6));
    await eventually(() => panelErrors()).toBe(String(errorsBefore + 6));
    await eventually(() => outOfReach()).toBe(6);
    await page.mouse.up();
    expect(await canvasData(page, "gesture")).toBe("idle");
    expect(await outOfReach()).toBe(6);
    await page.keyboard.press("Control+z");
    await eventually(() => outOfReach()).toBe(0);
  });

  it("keeps checking live in the page when the rule worker's script cannot be loaded", async () => {
    const { page } = j;
    // As after a deploy that replaced the worker's file under an open page.
    await page.route(/rule\.worker-[^/]*\.js/, (route) => route.abort());
    await login(page, DEMO.organiser);
    await openEditor(page);
    await eventually(() => canvasData(page, "validation")).toBe("inline");
    // The demo plan's two warnings, found by the engine in the page.
    await eventually(() => canvasData(page, "warnings")).toBe("2");
    const from = await toScreen(page, 24, 0.3);
    const to = await toScreen(page, 58, 34);
    const errorsBefore = Number(await canvasData(page, "errors"));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await eventually(() => page.locator("section.violations").getAttribute("data-errors")).toBe(
      String(errorsBefore + 6),
    );
    await eventually(() => page.locator('.violations [data-rule="power.out-of-reach"]').count()).toBe(6);
    await page.mouse.up();
  });

  it("paints the dragged stands in the page when the paint worker's script cannot be loaded", async () => {
    const { page } = j;
    await page.route(/drag-paint\.worker-[^/]*\.js/, (route) => route.abort());
    await login(page, DEMO.organiser);
    await openEditor(page);
    await eventually(() => canvasData(page, "dragPaint")).toBe("page");
    expect(await page.locator("canvas[data-drag-paint]").count()).toBe(0);
    // A02 (18–21 × 3–6 m) dragged down into the aisle under row A: it shows there while held.
    const from = await toScreen(page, 19.5, 4.5);
    const to = await toScreen(page, 19.5, 10.5);
    const spot = { x: to.x - 2, y: to.y - 2, width: 4, height: 4 };
    const floor = await page.screenshot({ clip: spot });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    expect(await canvasData(page, "gesture")).toBe("dragging");
    await eventually(async () => (await page.screenshot({ clip: spot })).equals(floor)).toBe(false);
    await page.keyboard.press("Escape");
    await page.mouse.up();
    await eventually(async () => (await page.screenshot({ clip: spot })).equals(floor)).toBe(true);
  });

  it("places presets and rows, zooms to the selection, colours by load, accepts a warning, blocks publishing", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await openEditor(page);
    const stands = async () => Number(await canvasData(page, "stands"));
    const initial = await stands();

    // A 6 × 3 preset placed with one click (centred on the pointer), in the aisle between rows B and I.
    await page.getByRole("button", { name: "6 × 3", exact: true }).click();
    const spot = await toScreen(page, 41, 10.5);
    await page.mouse.click(spot.x, spot.y);
    await eventually(stands).toBe(initial + 1);
    await eventually(() => page.getByLabel("Largeur (m)").inputValue()).toBe("6");
    expect(await page.getByLabel("Profondeur (m)").inputValue()).toBe("3");

    // A row of 0 or 1000 stands is refused in words, not silently changed.
    const rowError = page.getByText("Une rangée compte de 1 à 200 stands.");
    await page.getByLabel("Stands par rangée").fill("0");
    await eventually(() => rowError.isVisible()).toBe(true);
    await page.getByLabel("Stands par rangée").fill("1000");
    await eventually(() => rowError.isVisible()).toBe(true);
    // A row of 3 stands in one gesture (one click), selected together; one undo takes it back.
    await page.getByLabel("Stands par rangée").fill("3");
    await eventually(() => rowError.isVisible()).toBe(false);
    await page.getByRole("button", { name: "3 × 3", exact: true }).click();
    await page.getByRole("button", { name: "Rangée de stands", exact: true }).click();
    const rowAt = await toScreen(page, 2, 16);
    await page.mouse.click(rowAt.x, rowAt.y);
    await eventually(stands).toBe(initial + 4);
    expect(await canvasData(page, "selectedCount")).toBe("3");
    // « Disposition » folds again once an action is chosen (open, it covers the top of the plan).
    const arrange = page.locator("details.editor-menu");
    await arrange.locator("summary").click();
    await eventually(() => arrange.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    // The row is aligned along its top already: the plan does not change.
    await page.getByRole("button", { name: "Aligner en haut", exact: true }).click();
    await eventually(() => arrange.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);

    // Zoom to the selection: the three stands fill the view.
    const scaleBefore = Number(await canvasData(page, "scale"));
    await page.getByRole("button", { name: "Zoomer sur la sélection", exact: true }).click();
    await eventually(async () => Number(await canvasData(page, "scale"))).toBeGreaterThan(scaleBefore);
    await page.getByRole("button", { name: "Tout afficher", exact: true }).click();
    await eventually(async () => Number(await canvasData(page, "scale"))).toBeLessThan(scaleBefore * 1.01);
    await page.keyboard.press("Control+z");
    await eventually(stands).toBe(initial + 1);

    // Colour by power load: the legend says what the colours mean.
    await page.getByLabel("Couleurs").selectOption("power");
    await eventually(() => page.locator(".legend").textContent()).toContain("Charge normale");

    // The 6 × 3 stand is then dragged onto pillar 3 (a warning) and saved; the warning is accepted with a reason.
    await page.getByRole("button", { name: "Sélection", exact: true }).click();
    const grab = await toScreen(page, 41, 10.5);
    const onPillar = await toScreen(page, 33, 10.5);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(onPillar.x, onPillar.y, { steps: 6 });
    await page.mouse.up();
    const pillar = page.locator('.violations [data-rule="stand.pillar"]');
    await eventually(() => pillar.count()).toBe(1);
    // Autosave: no click, the change is stored a few seconds later.
    await eventually(() => page.locator(".save-bar__status").getAttribute("data-save-state")).toBe("saved");
    await pillar.getByRole("button", { name: "Accepter…" }).click();
    await pillar.getByLabel("Raison de l’acceptation").fill("Poteau habillé par le décorateur");
    await pillar.getByRole("button", { name: "Accepter l’avertissement" }).click();
    await eventually(() => pillar.textContent()).toContain("Poteau habillé par le décorateur");

    // A stand drawn over C07 is an error: saved as a draft, but publishing is refused.
    await page.getByRole("button", { name: "Dessiner un stand", exact: true }).click();
    const a = await toScreen(page, 13, 15.5);
    const b = await toScreen(page, 16, 17.5);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
    await eventually(() => overlaps(page)).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await eventually(() => page.locator(".save-bar__status").getAttribute("data-save-state")).toBe("saved");
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await eventually(() => page.getByText(/Publication refusée/).count()).toBe(1);
    // The refusal spoke of that version: once an undo is saved as a new one, it is no longer shown.
    await page.keyboard.press("Control+z");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await eventually(() => page.getByText(/Publication refusée/).count()).toBe(0);
    // The browser logs the refused request (409) as a failed resource: that one is expected.
    j.consoleErrors.splice(0, j.consoleErrors.length, ...j.consoleErrors.filter((e) => !/\b409\b/.test(e)));
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
    await eventually(() => stale.locator(".save-bar__status").textContent()).toMatch(/Version \d+/);
    const version = (await stale.locator(".save-bar__status").textContent())!.match(/Version (\d+)/)![1]!;

    // Meanwhile the first browser saves a change: the stored version moves on.
    await page.goto(`${PLAN}/table`);
    await page.getByLabel("Statut du stand A02").selectOption("held");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await eventually(() => page.locator(".save-bar__status").textContent()).toContain(
      `Version ${Number(version) + 1}`,
    );

    await stale.getByLabel("Statut du stand A03").selectOption("reserved");
    await stale.getByRole("button", { name: "Enregistrer", exact: true }).click();
    const alert = stale.getByRole("alert").filter({ hasText: "modifié par quelqu’un d’autre" });
    await eventually(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(`La version ${Number(version) + 1} est enregistrée`);
    expect(await stale.getByRole("button", { name: /Télécharger mes modifications/ }).count()).toBe(1);

    // « Recharger » brings the server's plan: the other organiser's change, and no alert.
    await stale.getByRole("button", { name: "Recharger" }).click();
    await eventually(() => alert.count()).toBe(0);
    await eventually(() => stale.getByLabel("Statut du stand A02").inputValue()).toBe("held");
    await other.close();
  });

  it("shows staff the plan read only: no tools, disabled fields, and the server refuses their saves", async () => {
    const { page } = j;
    await login(page, DEMO.staff);
    await openEditor(page);
    await eventually(() => page.getByText("Lecture seule").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Dessiner un stand", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Enregistrer", exact: true }).count()).toBe(0);

    // A click on a stand selects it, to read it: every field of the inspector is disabled.
    const onC07 = await toScreen(page, 14.5, 16.5);
    await page.mouse.click(onC07.x, onC07.y);
    await eventually(() => page.getByRole("heading", { name: /^Stand / }).count()).toBe(1);
    await eventually(() => page.getByLabel("Statut", { exact: true }).isDisabled()).toBe(true);
    // Dragging it starts no gesture: nothing moves, nothing is to save.
    await page.mouse.move(onC07.x, onC07.y);
    await page.mouse.down();
    await page.mouse.move(onC07.x + 60, onC07.y, { steps: 5 });
    expect(await canvasData(page, "gesture")).toBe("idle");
    await page.mouse.up();
    expect(await page.evaluate(() => window.__alleeEditor?.movesHandled ?? -1)).toBe(0);

    // The table view: the same plan, nothing editable.
    await page.goto(`${PLAN}/table`);
    await eventually(() => page.getByLabel("Statut du stand A02").isDisabled()).toBe(true);

    // Even a hand-made request is refused by the server.
    const response = await page.request.post(PLAN, {
      data: { intent: "publish", version: 1 },
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBe(403);
  });

  it("keeps exhibitors out of the editor", async () => {
    await login(j.page, DEMO.exhibitor);
    const response = await j.page.goto(PLAN);
    expect(response?.status()).toBe(403);
    j.consoleErrors.length = 0; // the browser logs the 403 document
  });
});
