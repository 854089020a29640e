import type { Page } from "playwright-core";
import { expect } from "vitest";

/** What the editor journeys share. */
export const PLAN = "/admin/events/min-2024/plan";

/**
 * expect.poll with room for a loaded machine: after a client navigation, a save or a reload the
 * page catches up in its own time (the default second is too short when the CPUs are shared).
 */
export const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 15_000, interval: 100 });

/** Opens the editor and waits until the stage has drawn (the canvas is loaded after hydration). */
export async function openEditor(page: Page) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(PLAN);
  await page.locator(".plan-canvas[data-ready='true']").waitFor({ timeout: 30_000 });
}

/** Screen position of a plan point (metres), from the stage's offset and scale on its container. */
export async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator(".plan-canvas");
  const box = (await canvas.boundingBox())!;
  const view = await canvas.evaluate((el: HTMLElement) => ({
    x: Number(el.dataset.viewX),
    y: Number(el.dataset.viewY),
    scale: Number(el.dataset.scale),
  }));
  return { x: box.x + view.x + x * view.scale, y: box.y + view.y + y * view.scale };
}

export const canvasData = (page: Page, key: string) =>
  page.locator(".plan-canvas").evaluate((el: HTMLElement, k) => el.dataset[k] ?? "", key);
