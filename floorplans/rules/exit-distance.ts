import { EPS } from "../geometry/constants";
import { WalkingField, type FieldScratch, type WalkingBlocker } from "../walking";
import type { HallModel, PlanModel } from "./plan-model";
import type { StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation, type ViolationData } from "./violation";

/**
 * exit.too-far: walking distance (around stands and obstacles, through the hall's walking field)
 * from the middle of the stand's access stretch (see access.ts) to the nearest exit's middle,
 * against maxExitDistanceFor(settings, exits in the hall). Stands with no free side are left to
 * stand.no-access. A hall without exits has every exit infinitely far.
 */

export function standPolygon(store: StandStore, slot: number): [number, number][] {
  const c = store.corners;
  const o = slot * 8;
  return [
    [c[o]!, c[o + 1]!],
    [c[o + 2]!, c[o + 3]!],
    [c[o + 4]!, c[o + 5]!],
    [c[o + 6]!, c[o + 7]!],
  ];
}

/**
 * The hall's walking field with the given stands as blockers; null when the hall has no exit.
 * With a scratch (a full run, field after field), the field lives until the next build on it and
 * cannot be updated, so unrotated stands go in as bare rectangles (no polygon per stand).
 */
export function buildHallField(hall: HallModel, store: StandStore, slots: Iterable<number>, scratch?: FieldScratch): WalkingField | null {
  if (hall.exits.length === 0) return null;
  const blockers: WalkingBlocker[] = [];
  let rects: Float64Array | undefined;
  let rectCount = 0;
  if (scratch) {
    let count = 0;
    for (const _ of slots) count++;
    rects = new Float64Array(4 * count);
  }
  const c = store.corners;
  for (const slot of slots) {
    if (rects && isAxisAligned(c, slot * 8)) {
      const o = slot * 8;
      rects[rectCount++] = Math.min(c[o]!, c[o + 2]!, c[o + 4]!, c[o + 6]!);
      rects[rectCount++] = Math.min(c[o + 1]!, c[o + 3]!, c[o + 5]!, c[o + 7]!);
      rects[rectCount++] = Math.max(c[o]!, c[o + 2]!, c[o + 4]!, c[o + 6]!);
      rects[rectCount++] = Math.max(c[o + 1]!, c[o + 3]!, c[o + 5]!, c[o + 7]!);
    } else blockers.push({ id: store.ids[slot]!, polygon: standPolygon(store, slot) });
  }
  for (const o of hall.obstacles) blockers.push({ id: o.blockerId, polygon: o.polygon });
  return WalkingField.build(
    {
      outline: hall.hall.outline.map(([x, y]) => [x, y] as [number, number]),
      doors: hall.exits.map((e) => ({ id: e.id, a: [e.exit.a[0], e.exit.a[1]], b: [e.exit.b[0], e.exit.b[1]] })),
      blockers,
      rects: rects?.subarray(0, rectCount),
    },
    { scratch },
  );
}

/**
 * Corners whose sides alternate exactly horizontal and vertical: the walking field takes such a
 * polygon as its bounding box (walking/shape.ts), so the box alone gives the same field.
 */
function isAxisAligned(c: Float64Array, o: number): boolean {
  for (let k = 0; k < 4; k++) {
    const a = o + 2 * k;
    const b = o + ((2 * k + 2) & 7);
    const d = o + ((2 * k + 4) & 7);
    if (!(c[a + 1] === c[b + 1] && c[b] === c[d]) && !(c[a] === c[b] && c[b + 1] === c[d + 1])) return false;
  }
  return true;
}

// Reused for every query: the field reads them and keeps nothing.
const from: [number, number] = [0, 0];
const outward: [number, number] = [0, 0];

/** Walking distance from the stand's access point; NaN without a free side, Infinity without a reachable exit. */
export function exitDistanceOf(store: StandStore, slot: number, field: WalkingField | null): number {
  if (store.accessSide[slot]! < 0) return NaN;
  if (!field) return Infinity;
  const p = store.accessPoint;
  const o = slot * 4;
  from[0] = p[o]!;
  from[1] = p[o + 1]!;
  outward[0] = p[o + 2]!;
  outward[1] = p[o + 3]!;
  return field.distanceFrom(from, outward);
}

/** exit.too-far for a stand whose walking distance is known (see exitDistanceOf). */
export function pushExitViolation(model: PlanModel, store: StandStore, slot: number, distance: number, out: Violation[]): void {
  const hall = model.halls[store.hall[slot]!];
  if (!hall || Number.isNaN(distance)) return;
  const maxM = hall.maxExitM;
  if (!(distance > maxM + EPS)) return;
  const id = store.ids[slot]!;
  const data: ViolationData = { standId: id, maxM, exitCount: hall.exits.length };
  // No distance when no exit can be reached (or the hall has none): the message says so instead.
  if (Number.isFinite(distance)) data.distanceM = distance;
  out.push(makeViolation("exit.too-far", [id], data));
}

export function checkExitDistance(model: PlanModel, store: StandStore, slot: number, field: WalkingField | null, out: Violation[]): void {
  pushExitViolation(model, store, slot, exitDistanceOf(store, slot, field), out);
}
