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

/** The stand, obstacle or hall on the other side of a gap: an object (kept while unchanged), and its outline. */
function otherSide(
  plan: Plan,
  kind: string,
  id: string,
): { entity: object; outline: () => readonly XY[] } | null {
  if (kind === "stand") {
    const stand = findEntity(plan, "stand", id);
    return stand ? { entity: stand, outline: () => standCorners(stand) } : null;
  }
  if (kind === "obstacle") {
    const obstacle = findEntity(plan, "obstacle", id);
    return obstacle ? { entity: obstacle, outline: () => obstacle.polygon } : null;
  }
  if (kind === "hall") {
    const hall = plan.halls.find((h) => h.id === id);
    return hall ? { entity: hall, outline: () => hall.outline } : null;
  }
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
  /** Only the violations naming one of these (the dragged stands): a drag frame needs no others. */
  only?: ReadonlySet<string>,
): ViolationMark[] {
  const marks: ViolationMark[] = [];
  for (const v of violations) {
    if (marks.length >= MAX_MARKS) break;
    if (only && !namesOneOf(v.subjects, only)) continue;
    const mark = markOf(plan, v, visibleHalls);
    if (mark) marks.push(mark);
  }
  return marks;
}

function namesOneOf(subjects: readonly string[], ids: ReadonlySet<string>): boolean {
  for (const id of subjects) if (ids.has(id)) return true;
  return false;
}

/** What a mark was computed from: the same objects give the same mark. */
interface CachedMark {
  readonly deps: readonly unknown[];
  readonly mark: ViolationMark | null;
}

/**
 * Marks are recomputed on every frame of a drag; the engine keeps the objects of violations it did
 * not re-check, and the document keeps the objects of stands that did not move, so a mark is
 * computed again only when its violation or one of the things it joins changed.
 */
const cache = new WeakMap<Violation, CachedMark>();

function markOf(plan: Plan, v: Violation, visibleHalls: ReadonlySet<string>): ViolationMark | null {
  const visibleStand = (id: unknown) => {
    const stand = typeof id === "string" ? findEntity(plan, "stand", id) : undefined;
    return stand && visibleHalls.has(stand.hallId) ? stand : undefined;
  };
  let deps: unknown[];
  let compute: () => ViolationMark | null;
  const key = () => `${v.rule}:${v.subjects.join("|")}`;
  if (v.rule === "aisle.too-narrow") {
    const stand = visibleStand(v.data.standId);
    const other = otherSide(plan, String(v.data.otherKind), String(v.data.otherId));
    deps = [stand, other?.entity];
    compute = () => {
      const near = stand && other ? closestOutlinePoints(standCorners(stand), other.outline()) : null;
      return near
        ? { type: "gap", key: key(), a: near.a, b: near.b, distanceM: Number(v.data.distanceM) }
        : null;
    };
  } else if (v.rule === "adjacency.competitor") {
    const a = visibleStand(v.data.standId);
    const b = visibleStand(v.data.otherStandId);
    deps = [a, b];
    compute = () => (a && b ? { type: "pair", key: key(), a: standCentre(a), b: standCentre(b) } : null);
  } else if (v.rule === "power.box-overload") {
    const box = findEntity(plan, "powerBox", String(v.data.boxId));
    const shown = box !== undefined && visibleHalls.has(box.hallId);
    deps = [box, shown];
    compute = () => (box && shown ? { type: "box", key: key(), at: box.at } : null);
  } else {
    return null;
  }
  const cached = cache.get(v);
  if (cached && cached.deps.length === deps.length && cached.deps.every((d, i) => d === deps[i]))
    return cached.mark;
  const mark = compute();
  cache.set(v, { deps, mark });
  return mark;
}
