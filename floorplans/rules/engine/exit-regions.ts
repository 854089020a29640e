import { pointSegmentDistance } from "../../geometry/convex";
import type { HallModel } from "../plan-model";

/**
 * Which stands' walking distances a blocker change can reach, without asking the field for all
 * of them. The field (floorplans/walking) is a shortest-path grid whose cells are blocked when
 * their centre lies within half a cell of a blocker: the cells that flip between free and blocked
 * lie within the old and new boxes of the changed stands grown by one cell — REGION_GROWTH_M
 * below covers the ≤ 0.5 m cells RULES.md allows, with room to spare. A walk whose length changes
 * must pass through a flipped cell (a grid step crossing it, a door's line of sight, the first
 * leg out of the stand), and any walk from p through R is at least |p − R| + |R − nearest door|
 * long, since no walk is shorter than a straight line. So a stand whose known distance d is
 * below that bound (less a slack for the grid's integer rounding) keeps d: neither its old
 * shortest walk nor any new one goes through R. Unreachable stands are always asked again.
 * The engine's property test compares the result with full runs.
 */
export const REGION_GROWTH_M = 1;
export const ROUNDING_SLACK_M = 0.25;

export interface ExitRegion {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Straight-line distance from the region to the nearest door of the hall. */
  doorGap: number;
}

function segmentBoxGap(ax: number, ay: number, bx: number, by: number, r: ExitRegion): number {
  // A door crossing or touching the region gives 0; otherwise the closest pair involves an end
  // of the door or a corner of the box.
  let best = Math.min(pointBoxGap(ax, ay, r), pointBoxGap(bx, by, r));
  best = Math.min(
    best,
    pointSegmentDistance(r.minX, r.minY, ax, ay, bx, by),
    pointSegmentDistance(r.maxX, r.minY, ax, ay, bx, by),
    pointSegmentDistance(r.maxX, r.maxY, ax, ay, bx, by),
    pointSegmentDistance(r.minX, r.maxY, ax, ay, bx, by),
  );
  if (best > 0 && segmentCrossesBox(ax, ay, bx, by, r)) return 0;
  return best;
}

function segmentCrossesBox(ax: number, ay: number, bx: number, by: number, r: ExitRegion): boolean {
  // Liang–Barsky clip of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const ps = [-(bx - ax), bx - ax, -(by - ay), by - ay];
  const qs = [ax - r.minX, r.maxX - ax, ay - r.minY, r.maxY - ay];
  for (let k = 0; k < 4; k++) {
    const p = ps[k]!;
    const q = qs[k]!;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export function pointBoxGap(px: number, py: number, r: { minX: number; minY: number; maxX: number; maxY: number }): number {
  const dx = Math.max(r.minX - px, 0, px - r.maxX);
  const dy = Math.max(r.minY - py, 0, py - r.maxY);
  return Math.hypot(dx, dy);
}

/** Regions of a hall from the boxes (minX, minY, maxX, maxY …) of the stands that changed in it. */
export function exitRegions(hall: HallModel, boxes: readonly number[]): ExitRegion[] {
  const regions: ExitRegion[] = [];
  for (let k = 0; k + 3 < boxes.length; k += 4) {
    const region = {
      minX: boxes[k]! - REGION_GROWTH_M,
      minY: boxes[k + 1]! - REGION_GROWTH_M,
      maxX: boxes[k + 2]! + REGION_GROWTH_M,
      maxY: boxes[k + 3]! + REGION_GROWTH_M,
      doorGap: Infinity,
    };
    for (const exit of hall.exits) {
      const [a, b] = [exit.exit.a, exit.exit.b];
      region.doorGap = Math.min(region.doorGap, segmentBoxGap(a[0], a[1], b[0], b[1], region));
    }
    regions.push(region);
  }
  return regions;
}

/** False when the stand's known walking distance cannot have changed (see above). */
export function mayReachRegions(distance: number, px: number, py: number, regions: readonly ExitRegion[]): boolean {
  if (Number.isNaN(distance)) return false;
  if (distance === Infinity) return true;
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k]!;
    // |p − R| + doorGap ≤ d + slack, compared squared (no square root per stand).
    const room = distance + ROUNDING_SLACK_M - r.doorGap;
    if (room < 0) continue;
    const dx = px < r.minX ? r.minX - px : px > r.maxX ? px - r.maxX : 0;
    const dy = py < r.minY ? r.minY - py : py > r.maxY ? py - r.maxY : 0;
    if (dx * dx + dy * dy <= room * room) return true;
  }
  return false;
}
