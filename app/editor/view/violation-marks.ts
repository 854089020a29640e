import type { Violation } from "../../../floorplans/rules/types";
import { findEntity, standCorners, type Plan, type XY } from "../model";
import { standCentre } from "../model/geometry";
import { closestOutlinePoints } from "./closest-points";

/** Marks drawn on the canvas for the violations that have a place: a gap, a pair, a box. */
export type ViolationMark =
  | { readonly type: "gap"; readonly key: string; readonly a: XY; readonly b: XY; readonly distanceM: number }
  | { readonly type: "pair"; readonly key: string; readonly a: XY; readonly b: XY }
  | { readonly type: "box"; readonly key: string; readonly at: XY };

/** Enough to see every problem of a busy hall; past it the panel still lists them all. */
const MAX_MARKS = 400;

function outlineOf(plan: Plan, kind: string, id: string): readonly XY[] | null {
  if (kind === "stand") {
    const stand = findEntity(plan, "stand", id);
    return stand ? standCorners(stand) : null;
  }
  if (kind === "obstacle") return findEntity(plan, "obstacle", id)?.polygon ?? null;
  if (kind === "hall") return plan.halls.find((h) => h.id === id)?.outline ?? null;
  return null;
}

/**
 * Where to draw the too-narrow aisles (between the nearest points of the two outlines), the
 * competitor pairs (centre to centre) and the overloaded boxes, for the halls on screen.
 */
export function violationMarks(
  plan: Plan,
  violations: readonly Violation[],
  visibleHalls: ReadonlySet<string>,
): ViolationMark[] {
  const marks: ViolationMark[] = [];
  // Built on first use: most frames of a drag have no mark to place.
  let standById: Map<string, Plan["stands"][number]> | null = null;
  const visibleStand = (id: unknown) => {
    standById ??= new Map(plan.stands.map((s) => [s.id, s]));
    const stand = typeof id === "string" ? standById.get(id) : undefined;
    return stand && visibleHalls.has(stand.hallId) ? stand : undefined;
  };
  for (const v of violations) {
    if (marks.length >= MAX_MARKS) break;
    const key = `${v.rule}:${v.subjects.join("|")}`;
    if (v.rule === "aisle.too-narrow") {
      const stand = visibleStand(v.data.standId);
      const other = outlineOf(plan, String(v.data.otherKind), String(v.data.otherId));
      const near = stand && other ? closestOutlinePoints(standCorners(stand), other) : null;
      if (near) marks.push({ type: "gap", key, a: near.a, b: near.b, distanceM: Number(v.data.distanceM) });
    } else if (v.rule === "adjacency.competitor") {
      const a = visibleStand(v.data.standId);
      const b = visibleStand(v.data.otherStandId);
      if (a && b) marks.push({ type: "pair", key, a: standCentre(a), b: standCentre(b) });
    } else if (v.rule === "power.box-overload") {
      const box = findEntity(plan, "powerBox", String(v.data.boxId));
      if (box && visibleHalls.has(box.hallId)) marks.push({ type: "box", key, at: box.at });
    }
  }
  return marks;
}
