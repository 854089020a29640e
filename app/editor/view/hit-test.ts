import { RESIZE_HANDLES, type ResizeHandle } from "../model";
import { cosSin, standCentre } from "../model/geometry";
import type { EntityRef, Plan, Stand, XY } from "../model";
import { distanceToOutline, distanceToSegment, isPointInPolygon, standAt } from "./stand-geometry";

/** Handles are drawn and grabbed at a fixed size on screen, whatever the zoom. */
export const HANDLE_PX = 9;
export const ROTATE_HANDLE_OFFSET_PX = 26;
/** How close (px) a click must come to a door, a zone's edge or a power box to pick it. */
export const PICK_PX = 7;

const HANDLE_LOCAL: Readonly<Record<ResizeHandle, readonly [number, number]>> = {
  n: [0, -1],
  s: [0, 1],
  e: [1, 0],
  w: [-1, 0],
  ne: [1, -1],
  nw: [-1, -1],
  se: [1, 1],
  sw: [-1, 1],
};

/** A point of the stand's own frame (u across the width, v across the depth), in plan coordinates. */
export function standPoint(stand: Stand, u: number, v: number): XY {
  const [cx, cy] = standCentre(stand);
  const [cos, sin] = cosSin(stand.rotation);
  return [cx + u * cos - v * sin, cy + u * sin + v * cos];
}

/**
 * Handles only where they leave room to grab the stand itself: on a stand smaller than this on
 * screen, a press in its middle would otherwise land on a handle and resize instead of move.
 */
export const MIN_HANDLED_STAND_PX = 4 * HANDLE_PX;

export function hasHandles(stand: Stand, scale: number): boolean {
  return Math.min(stand.width, stand.depth) * scale >= MIN_HANDLED_STAND_PX;
}

export interface StandHandles {
  readonly resize: readonly { handle: ResizeHandle; at: XY }[];
  readonly rotate: XY;
}

/** Where the eight resize handles and the rotation handle of a stand are, at this zoom. */
export function standHandles(stand: Stand, scale: number): StandHandles {
  const resize = RESIZE_HANDLES.map((handle) => {
    const [su, sv] = HANDLE_LOCAL[handle];
    return { handle, at: standPoint(stand, (su * stand.width) / 2, (sv * stand.depth) / 2) };
  });
  return { resize, rotate: standPoint(stand, 0, -stand.depth / 2 - ROTATE_HANDLE_OFFSET_PX / scale) };
}

export type Hit =
  | { readonly type: "resize"; readonly standId: string; readonly handle: ResizeHandle }
  | { readonly type: "rotate"; readonly standId: string }
  | { readonly type: "entity"; readonly ref: EntityRef }
  | { readonly type: "none" };

export interface HitContext {
  readonly scale: number;
  readonly visibleHalls: ReadonlySet<string>;
  readonly selection: readonly EntityRef[];
}

const NONE: Hit = { type: "none" };

function handleHit(plan: Plan, p: XY, ctx: HitContext): Hit | null {
  const only = ctx.selection.length === 1 ? ctx.selection[0] : undefined;
  if (only?.kind !== "stand") return null;
  const stand = plan.stands.find((s) => s.id === only.id);
  if (!stand || !hasHandles(stand, ctx.scale)) return null;
  const handles = standHandles(stand, ctx.scale);
  const reach = HANDLE_PX / ctx.scale;
  const near = (q: XY) => Math.abs(p[0] - q[0]) <= reach && Math.abs(p[1] - q[1]) <= reach;
  if (near(handles.rotate)) return { type: "rotate", standId: stand.id };
  const resize = handles.resize.find((h) => near(h.at));
  return resize ? { type: "resize", standId: stand.id, handle: resize.handle } : null;
}

/**
 * What is under the pointer, in the order things are drawn from the top: the selected stand's
 * handles, power boxes and doors (small, drawn over the stands), stands, obstacles, then zones.
 * A zone is picked by its edge only: pavilions lie under whole blocks of stands, and dragging
 * inside one must pan or select stands, not move the pavilion.
 */
export function hitTest(plan: Plan, p: XY, ctx: HitContext): Hit {
  const handle = handleHit(plan, p, ctx);
  if (handle) return handle;
  const pick = PICK_PX / ctx.scale;
  const visible = (e: { hallId: string }) => ctx.visibleHalls.has(e.hallId);
  const box = plan.powerBoxes.find(
    (b) => visible(b) && Math.hypot(p[0] - b.at[0], p[1] - b.at[1]) <= Math.max(pick, 0.4),
  );
  if (box) return { type: "entity", ref: { kind: "powerBox", id: box.id } };
  const exit = plan.exits.find((x) => visible(x) && distanceToSegment(p, x.a, x.b) <= pick);
  if (exit) return { type: "entity", ref: { kind: "exit", id: exit.id } };
  const stand = standAt(plan.stands, p, ctx.visibleHalls);
  if (stand) return { type: "entity", ref: { kind: "stand", id: stand.id } };
  const obstacles = plan.obstacles.filter(visible);
  for (let i = obstacles.length - 1; i >= 0; i--) {
    const o = obstacles[i]!;
    if (isPointInPolygon(p, o.polygon) || distanceToOutline(p, o.polygon) <= pick) {
      return { type: "entity", ref: { kind: "obstacle", id: o.id } };
    }
  }
  const zone = plan.zones.find((z) => visible(z) && distanceToOutline(p, z.polygon) <= pick);
  return zone ? { type: "entity", ref: { kind: "zone", id: zone.id } } : NONE;
}

/** The stand an exhibitor dragged from the list would land on (none if blocked). */
export function dropTargetAt(plan: Plan, p: XY, visibleHalls: ReadonlySet<string>): Stand | null {
  const stand = standAt(plan.stands, p, visibleHalls);
  return stand && stand.status !== "blocked" ? stand : null;
}
