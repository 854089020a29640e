import { EPS } from "../geometry/constants";
import { WalkingField, type WalkingBlocker } from "../walking";
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

/** The hall's walking field with the given stands as blockers; null when the hall has no exit. */
export function buildHallField(hall: HallModel, store: StandStore, slots: Iterable<number>): WalkingField | null {
  if (hall.exits.length === 0) return null;
  const blockers: WalkingBlocker[] = [];
  for (const slot of slots) blockers.push({ id: store.ids[slot]!, polygon: standPolygon(store, slot) });
  for (const o of hall.obstacles) blockers.push({ id: o.blockerId, polygon: o.polygon });
  return WalkingField.build({
    outline: hall.hall.outline.map(([x, y]) => [x, y] as [number, number]),
    doors: hall.exits.map((e) => ({ id: e.id, a: [e.exit.a[0], e.exit.a[1]], b: [e.exit.b[0], e.exit.b[1]] })),
    blockers,
  });
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
