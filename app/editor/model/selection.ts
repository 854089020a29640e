import { ROW_TOLERANCE_M } from "./codes";
import { ENTITY_KINDS, isSameRef, refsOf } from "./document";
import {
  boundsCorners,
  boundsOfPoints,
  doSegmentsMeet,
  entityPoints,
  isPointInBounds,
  isPointInPolygon,
  standCorners,
} from "./geometry";
import type { Bounds, EntityRef, Plan, Stand, XY } from "./types";

/**
 * Marquee selection. Default "contain": an entity is selected when it lies entirely inside the
 * rectangle. Stands are packed edge to edge and pavilion zones lie under whole blocks of them, so
 * "touched by the rectangle" would keep catching the neighbours and the zone underneath; "contain"
 * lets an organiser sweep one row cleanly. "intersect" (any overlap) is there for the view to
 * offer as an alternative (e.g. dragging right to left, as in CAD tools).
 */
export type MarqueeMode = "contain" | "intersect";
export const DEFAULT_MARQUEE_MODE: MarqueeMode = "contain";

/** The rectangle spanned by two drag corners, in any order. */
export function rectFromCorners(a: XY, b: XY): Bounds {
  return boundsOfPoints([a, b]);
}

function polylineMeetsRect(points: readonly XY[], rect: Bounds, closed: boolean): boolean {
  if (points.some((p) => isPointInBounds(p, rect))) return true;
  const corners = boundsCorners(rect);
  if (closed && corners.some((c) => isPointInPolygon(c, points))) return true;
  const edgeCount = closed ? points.length : points.length - 1;
  for (let i = 0; i < edgeCount; i++) {
    const p = points[i]!;
    const q = points[(i + 1) % points.length]!;
    for (let k = 0; k < 4; k++) {
      if (doSegmentsMeet(p, q, corners[k]!, corners[(k + 1) % 4]!)) return true;
    }
  }
  return false;
}

/** Whether an entity's points (a polygon, a segment, a single point) are caught by the marquee. */
export function isCaughtByMarquee(points: readonly XY[], rect: Bounds, mode: MarqueeMode): boolean {
  if (points.length === 0) return false;
  // The rectangle is convex: a shape is inside it exactly when all its vertices are.
  if (mode === "contain") return points.every((p) => isPointInBounds(p, rect));
  return polylineMeetsRect(points, rect, points.length >= 3);
}

/** Everything the marquee catches, stands first, each kind in plan order. */
export function selectInMarquee(
  plan: Plan,
  rect: Bounds,
  mode: MarqueeMode = DEFAULT_MARQUEE_MODE,
): EntityRef[] {
  return ENTITY_KINDS.flatMap((kind) =>
    refsOf(plan, kind).filter((ref) => {
      const points = entityPoints(plan, ref);
      return points !== null && isCaughtByMarquee(points, rect, mode);
    }),
  );
}

/** Shift-click: adds the entity, or removes it when it was selected. */
export function toggleRef(selection: readonly EntityRef[], ref: EntityRef): EntityRef[] {
  return selection.some((s) => isSameRef(s, ref))
    ? selection.filter((s) => !isSameRef(s, ref))
    : [...selection, ref];
}

/** A click: on an entity selects it alone (shift toggles it); on empty floor clears (shift keeps). */
export function clickSelection(
  selection: readonly EntityRef[],
  ref: EntityRef | null,
  modifiers: { readonly shiftKey: boolean },
): readonly EntityRef[] {
  if (ref === null) return modifiers.shiftKey ? selection : [];
  return modifiers.shiftKey ? toggleRef(selection, ref) : [ref];
}

/** Shift-marquee adds to the selection; a plain marquee replaces it. */
export function mergeSelection(
  selection: readonly EntityRef[],
  caught: readonly EntityRef[],
  modifiers: { readonly shiftKey: boolean },
): readonly EntityRef[] {
  if (!modifiers.shiftKey) return caught;
  return [...selection, ...caught.filter((c) => !selection.some((s) => isSameRef(s, c)))];
}

/**
 * Reading order: rows from top to bottom, then left to right in a row. Stands whose tops lie within
 * `rowTolerance` of the row's first stand share its row, so a slightly misaligned stand is not
 * numbered after the whole row below.
 */
export function sortInReadingOrder(stands: readonly Stand[], rowTolerance = ROW_TOLERANCE_M): Stand[] {
  const boxed = stands.map((stand) => ({ stand, box: boundsOfPoints(standCorners(stand)) }));
  boxed.sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX);
  const rows: (typeof boxed)[] = [];
  for (const item of boxed) {
    const row = rows.at(-1);
    if (row && item.box.minY - row[0]!.box.minY < rowTolerance) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.minX - b.box.minX).map((item) => item.stand));
}
