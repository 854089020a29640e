import { EPS } from "../geometry/constants";
import { appendOutsideStretches } from "../geometry/containment";
import { pointInPolygonFlat } from "../geometry/polygon";
import { touched, touchStretch } from "../geometry/touch";
import type { Neighbourhood } from "./neighbourhood";
import type { HallModel, PlanModel } from "./plan-model";
import { IndexList } from "./index-list";
import { FLAG_BOX, type StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/** RULES.md: a side gives access when it has a free stretch of at least min(1 m, side length). */
export const ACCESS_STRETCH_M = 1;
/** Tie-break tolerance when comparing stretch and side lengths (float noise only). */
const TIE = 1e-9;

// Blocked stretches of the current side, as (start, end) pairs in metres from its first corner.
let spans = new Float64Array(256);
let count = 0;

function ensureRoom(extra: number): void {
  if (count + extra <= spans.length) return;
  const next = new Float64Array(Math.max(spans.length * 2, count + extra));
  next.set(spans);
  spans = next;
}

function pushSpan(start: number, end: number, length: number): void {
  const s = start > 0 ? start : 0;
  const e = end < length ? end : length;
  if (s > e) return;
  ensureRoom(2);
  spans[count++] = s;
  spans[count++] = e;
}

/** Blocked stretch of an axis-parallel side against a box grown by ε, in closed form. */
function pushBoxSpan(px: number, py: number, qx: number, qy: number, length: number, x0: number, y0: number, x1: number, y1: number): void {
  if (py === qy) {
    if (py < y0 - EPS || py > y1 + EPS) return;
    const a = qx > px ? x0 - EPS - px : px - x1 - EPS;
    pushSpan(a, a + (x1 - x0) + 2 * EPS, length);
  } else {
    if (px < x0 - EPS || px > x1 + EPS) return;
    const a = qy > py ? y0 - EPS - py : py - y1 - EPS;
    pushSpan(a, a + (y1 - y0) + 2 * EPS, length);
  }
}

function pushConvexSpan(px: number, py: number, qx: number, qy: number, length: number, xy: Float64Array, offset: number, n: number): void {
  touchStretch(px, py, qx, qy, xy, offset, n);
  pushSpan(touched.start, touched.end, length);
}

/** Longest stretch of [0, length] not covered by the spans; written to `free`. */
const free = { start: 0, end: 0 };
function longestFreeStretch(length: number): number {
  // Insertion sort by start: a side has a handful of spans.
  for (let i = 2; i < count; i += 2) {
    const s = spans[i]!;
    const e = spans[i + 1]!;
    let j = i - 2;
    while (j >= 0 && spans[j]! > s) {
      spans[j + 2] = spans[j]!;
      spans[j + 3] = spans[j + 1]!;
      j -= 2;
    }
    spans[j + 2] = s;
    spans[j + 3] = e;
  }
  let cursor = 0;
  let best = -1;
  for (let i = 0; i < count; i += 2) {
    const s = spans[i]!;
    if (s - cursor > best) {
      best = s - cursor;
      free.start = cursor;
      free.end = s;
    }
    if (spans[i + 1]! > cursor) cursor = spans[i + 1]!;
  }
  if (length - cursor > best) {
    best = length - cursor;
    free.start = cursor;
    free.end = length;
  }
  return best;
}

/**
 * Finds the side a visitor leaves the stand by: the free side with the longest free stretch
 * (ties: the longer side, then the first side, in the order top, right, bottom, left of the
 * unrotated stand). A stretch is blocked where a stand, an obstacle of any kind or the hall's
 * outline is within ε, or where the side runs outside the hall. A stretch counts as free when it
 * is at least min(1 m, side length) − 2ε long: the ε that a touching neighbour reaches past its
 * own end is forgiven at both ends, so a 1 m gap between two touching stands is an access.
 * Stores the side and the middle of its longest free stretch in the store; returns false when
 * no side is free. `near` must hold every stand, obstacle and wall within ε (supersets are fine).
 * A stand outside the hall has no free side: stretches beyond the outline are blocked.
 */
export function computeAccess(model: PlanModel, store: StandStore, slot: number, near: Neighbourhood): boolean {
  store.accessSide[slot] = -1;
  const hall = model.halls[store.hall[slot]!];
  if (!hall) return true;
  const c = store.corners;
  const co = slot * 8;
  const isBox = (store.flags[slot]! & FLAG_BOX) !== 0;
  const sb = store.bounds;
  selectTouching(hall, store, slot, near);
  // No wall within ε: the stand does not cross the outline, so its centre tells whether the
  // whole stand is outside the hall (then nothing is free).
  const crossesOutline = touchingWalls.length > 0;
  if (!crossesOutline && !pointInPolygonFlat(hall.outline, 0, hall.outlineN, (c[co]! + c[co + 4]!) / 2, (c[co + 1]! + c[co + 5]!) / 2)) return false;
  let bestStretch = -1;
  let bestLength = -1;
  for (let k = 0; k < 4; k++) {
    const px = c[co + 2 * k]!;
    const py = c[co + 2 * k + 1]!;
    const qx = c[co + ((2 * k + 2) & 7)]!;
    const qy = c[co + ((2 * k + 3) & 7)]!;
    // Sides of axis-aligned stands are axis-parallel: skip the square root.
    const length = px === qx ? Math.abs(qy - py) : py === qy ? Math.abs(qx - px) : Math.hypot(qx - px, qy - py);
    const minX = Math.min(px, qx) - EPS;
    const minY = Math.min(py, qy) - EPS;
    const maxX = Math.max(px, qx) + EPS;
    const maxY = Math.max(py, qy) + EPS;
    count = 0;
    for (let n = 0; n < touchingStands.length; n++) {
      const j = touchingStands.items[n]!;
      const jb = j * 4;
      if (sb[jb]! > maxX || sb[jb + 2]! < minX || sb[jb + 1]! > maxY || sb[jb + 3]! < minY) continue;
      if (isBox && (store.flags[j]! & FLAG_BOX) !== 0) pushBoxSpan(px, py, qx, qy, length, sb[jb]!, sb[jb + 1]!, sb[jb + 2]!, sb[jb + 3]!);
      else pushConvexSpan(px, py, qx, qy, length, c, j * 8, 4);
    }
    for (let n = 0; n < touchingObstacles.length; n++) {
      for (const piece of hall.obstacles[touchingObstacles.items[n]!]!.shape.pieces) {
        if (piece.minX > maxX || piece.maxX < minX || piece.minY > maxY || piece.maxY < minY) continue;
        if (isBox && piece.isBox) pushBoxSpan(px, py, qx, qy, length, piece.minX, piece.minY, piece.maxX, piece.maxY);
        else pushConvexSpan(px, py, qx, qy, length, piece.xy, 0, piece.n);
      }
    }
    if (crossesOutline) {
      const wb = hall.wallBounds;
      for (let n = 0; n < touchingWalls.length; n++) {
        const w = touchingWalls.items[n]!;
        const o = 4 * w;
        if (wb[o]! > maxX || wb[o + 2]! < minX || wb[o + 1]! > maxY || wb[o + 3]! < minY) continue;
        const wall = hall.walls[w]!;
        if (isBox && (wall[0] === wall[2] || wall[1] === wall[3])) pushBoxSpan(px, py, qx, qy, length, wb[o]!, wb[o + 1]!, wb[o + 2]!, wb[o + 3]!);
        else pushConvexSpan(px, py, qx, qy, length, wall, 0, 2);
      }
      ensureRoom(2 * hall.outlineN + 4);
      count = appendOutsideStretches(px, py, qx, qy, hall.outline, hall.outlineN, spans, count);
    }
    const stretch = longestFreeStretch(length);
    if (stretch < Math.min(ACCESS_STRETCH_M, length) - 2 * EPS) continue;
    const better = stretch > bestStretch + TIE || (stretch >= bestStretch - TIE && length > bestLength + TIE);
    if (!better) continue;
    bestStretch = stretch;
    bestLength = length;
    const mid = (free.start + free.end) / 2 / length;
    const ap = slot * 4;
    store.accessSide[slot] = k;
    store.accessPoint[ap] = px + (qx - px) * mid;
    store.accessPoint[ap + 1] = py + (qy - py) * mid;
    store.accessPoint[ap + 2] = (qy - py) / length;
    store.accessPoint[ap + 3] = -(qx - px) / length;
  }
  return bestStretch >= 0;
}

const touchingStands = new IndexList();
const touchingObstacles = new IndexList();
const touchingWalls = new IndexList();

/** Narrows the candidates to those whose boxes come within ε of the stand's box: the sides loop over few. */
function selectTouching(hall: HallModel, store: StandStore, slot: number, near: Neighbourhood): void {
  const sb = store.bounds;
  const o = slot * 4;
  const minX = sb[o]! - EPS;
  const minY = sb[o + 1]! - EPS;
  const maxX = sb[o + 2]! + EPS;
  const maxY = sb[o + 3]! + EPS;
  touchingStands.clear();
  touchingObstacles.clear();
  touchingWalls.clear();
  for (let n = 0; n < near.stands.length; n++) {
    const j = near.stands.items[n]!;
    const b = j * 4;
    if (j !== slot && sb[b]! <= maxX && sb[b + 2]! >= minX && sb[b + 1]! <= maxY && sb[b + 3]! >= minY) touchingStands.push(j);
  }
  for (let n = 0; n < near.obstacles.length; n++) {
    const k = near.obstacles.items[n]!;
    const s = hall.obstacles[k]!.shape;
    if (s.minX <= maxX && s.maxX >= minX && s.minY <= maxY && s.maxY >= minY) touchingObstacles.push(k);
  }
  const wb = hall.wallBounds;
  for (let n = 0; n < near.walls.length; n++) {
    const w = near.walls.items[n]!;
    const b = 4 * w;
    if (wb[b]! <= maxX && wb[b + 2]! >= minX && wb[b + 1]! <= maxY && wb[b + 3]! >= minY) touchingWalls.push(w);
  }
}

/** stand.no-access for a stand whose access was just computed. */
export function checkAccess(model: PlanModel, store: StandStore, slot: number, hasAccess: boolean, out: Violation[]): void {
  if (hasAccess) return;
  const id = store.ids[slot]!;
  out.push(makeViolation("stand.no-access", [id], { standId: id, minStretchM: ACCESS_STRETCH_M }));
}
