import type { Page } from "playwright-core";
import type { DragTarget } from "./editor-plans";

/**
 * Where the stand to drag is on screen. The probe API has no coordinates, so the bench asks Konva,
 * which registers itself as window.Konva and lists its stages: on the largest stage (a minimap
 * would be smaller) it looks for the stand's node by id (`#hall-1-s0123`) and takes the centre of
 * its client rect; without such a node, it maps the stand's plan centre through the stage's
 * transform, which assumes the stage scales and pans the plan (metres → px) with nothing in
 * between — as the real editor does (app/editor/view/view-math.ts). At a whole-venue zoom a stand
 * is a few pixels wide and its label may stick out, so with a node it then searches the stand's
 * box for a pixel whose hit shape belongs to the stand itself.
 */
export interface StandOnScreen {
  x: number;
  y: number;
  pxPerMetre: number;
  method: "node" | "stage-transform";
  /**
   * Konva's hit graph at (x, y): the stand's own node, another draggable node, another shape, or
   * nothing — also what a page shows whose layers do not listen because it hit-tests by itself.
   */
  hit: "stand" | "draggable" | "shape" | "none";
}

export async function locateStand(page: Page, target: DragTarget): Promise<StandOnScreen> {
  const found = await page.evaluate(
    ({ id, centre }) => {
      interface KNode {
        id(): string;
        draggable(): boolean;
        getParent(): KNode | null;
        getClientRect(): { x: number; y: number; width: number; height: number };
        getAbsoluteScale(): { x: number; y: number };
      }
      interface KStage extends KNode {
        width(): number;
        height(): number;
        container(): HTMLElement;
        findOne(selector: string): KNode | undefined;
        getIntersection(pos: { x: number; y: number }): KNode | null;
        getAbsoluteTransform(): { point(p: { x: number; y: number }): { x: number; y: number } };
      }
      const konva = (window as unknown as { Konva?: { stages: KStage[] } }).Konva;
      const stages = (konva?.stages ?? []).filter((s) => s.width() * s.height() > 0);
      if (stages.length === 0) return { error: "no Konva stage in the page (window.Konva.stages is empty)" };
      const stage = stages.reduce((a, b) => (b.width() * b.height() > a.width() * a.height() ? b : a));
      const node = stage.findOne(`#${id}`);
      let local: { x: number; y: number };
      let pxPerMetre: number;
      if (node) {
        const r = node.getClientRect();
        local = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        pxPerMetre = node.getAbsoluteScale().x;
        // Nearest-to-centre pixel that hits the stand: rings of growing radius, bounded by the box.
        const reach = Math.ceil(Math.max(r.width, r.height) / 2);
        search: for (let ring = 0; ring <= reach; ring++) {
          for (let dx = -ring; dx <= ring; dx++) {
            for (let dy = -ring; dy <= ring; dy++) {
              if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
              const p = { x: Math.round(r.x + r.width / 2) + dx, y: Math.round(r.y + r.height / 2) + dy };
              let owned = false;
              for (let n = stage.getIntersection(p); n && !owned; n = n.getParent()) owned = n === node;
              if (owned) {
                local = p;
                break search;
              }
            }
          }
        }
      } else {
        local = stage.getAbsoluteTransform().point({ x: centre[0], y: centre[1] });
        pxPerMetre = stage.getAbsoluteScale().x;
      }
      const shape = stage.getIntersection(local);
      // Loops, not helper closures: tsx's keepNames would wrap those in a __name() the page lacks.
      const chain: KNode[] = [];
      for (let n = shape; n; n = n.getParent()) chain.push(n);
      const hit = !shape
        ? "none"
        : node && chain.includes(node)
          ? "stand"
          : chain.some((n) => n.draggable())
            ? "draggable"
            : "shape";
      // The editor sits below toolbars and may start under the fold at 1280 × 800: bring the
      // canvas into view (at once, whatever the page's scroll-behavior) before taking its position.
      stage.container().scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
      const box = stage.container().getBoundingClientRect();
      const [x, y] = [box.left + local.x, box.top + local.y];
      if (
        x < box.left ||
        y < box.top ||
        x >= box.right ||
        y >= box.bottom ||
        x >= innerWidth ||
        y >= innerHeight
      ) {
        return { error: `stand ${id} is at (${x.toFixed(0)}, ${y.toFixed(0)}), outside the visible canvas` };
      }
      return {
        x,
        y,
        pxPerMetre,
        method: node ? "node" : "stage-transform",
        hit,
      } as const;
    },
    { id: target.id, centre: target.centre },
  );
  if ("error" in found) throw new Error(found.error);
  return found;
}

/** Below this a 3 m stand is under 4 px on screen: nobody drags that, they zoom in first. */
export const MIN_PX_PER_METRE = 1.2;
const MAX_WHEEL_STEPS = 20;

/**
 * Zooms in with the mouse wheel over the stand, as a person would, until the stand is big enough
 * to grab; a page fitted to a whole 5,000-stand venue shows stands of 2 px. Returns the final
 * position and the number of wheel steps (0 when the page's own view was already fine).
 */
export async function zoomToGrab(
  page: Page,
  target: DragTarget,
): Promise<{ at: StandOnScreen; wheelSteps: number }> {
  let at = await locateStand(page, target);
  let steps = 0;
  for (; steps < MAX_WHEEL_STEPS && at.pxPerMetre < MIN_PX_PER_METRE; steps++) {
    await page.mouse.move(at.x, at.y);
    // Three notches at once, as a quick flick of the wheel sends: fewer full redraws to wait for.
    await page.mouse.wheel(0, -300);
    // Wheel handlers may defer the redraw to the next frame: wait for two.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    const next = await locateStand(page, target);
    if (next.pxPerMetre <= at.pxPerMetre)
      throw new Error(`the page does not zoom in on a wheel event (${at.pxPerMetre.toFixed(2)} px/m)`);
    at = next;
  }
  if (at.pxPerMetre < MIN_PX_PER_METRE)
    throw new Error(`still ${at.pxPerMetre.toFixed(2)} px/m after ${steps} wheel steps`);
  return { at, wheelSteps: steps };
}
