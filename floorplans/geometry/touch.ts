import { EPS } from "./constants";

/**
 * The stretch of a stand's side that touches a neighbour: the points of segment p→q within ε of
 * a convex polygon. The polygon grown by ε is approximated by its edge planes pushed out by ε plus
 * one bevel plane per vertex (so a sharp corner cannot reach far), and clipped Cyrus–Beck style.
 * A two-point polygon (a wall of the hall outline) is a capsule: a strip with end caps.
 * Result in metres along p→q, written to `touched`; empty when start > end.
 */
export const touched = { start: 0, end: 0 };

let t0 = 0;
let t1 = 0;

/** Keeps the part of the segment where n·x ≤ c (n need not be unit when c is scaled with it). */
function clip(nx: number, ny: number, c: number, px: number, py: number, dx: number, dy: number): void {
  const num = c - (nx * px + ny * py);
  const den = nx * dx + ny * dy;
  if (den === 0) {
    if (num < 0) t1 = -1;
    return;
  }
  const t = num / den;
  if (den > 0) {
    if (t < t1) t1 = t;
  } else if (t > t0) t0 = t;
}

export function touchStretch(
  px: number,
  py: number,
  qx: number,
  qy: number,
  poly: Float64Array,
  po: number,
  pn: number,
): typeof touched {
  const dx = qx - px;
  const dy = qy - py;
  const length = Math.hypot(dx, dy);
  t0 = 0;
  t1 = 1;
  if (pn === 2) {
    const ax = poly[po]!;
    const ay = poly[po + 1]!;
    const bx = poly[po + 2]!;
    const by = poly[po + 3]!;
    const ex = bx - ax;
    const ey = by - ay;
    const el = Math.hypot(ex, ey);
    if (el > 0) {
      const ux = ex / el;
      const uy = ey / el;
      clip(uy, -ux, uy * ax - ux * ay + EPS, px, py, dx, dy);
      clip(-uy, ux, -(uy * ax - ux * ay) + EPS, px, py, dx, dy);
      clip(ux, uy, ux * bx + uy * by + EPS, px, py, dx, dy);
      clip(-ux, -uy, -(ux * ax + uy * ay) + EPS, px, py, dx, dy);
    } else {
      clipDisc(ax, ay, px, py, dx, dy);
    }
  } else {
    for (let i = 0; i < pn && t0 <= t1; i++) {
      const a = po + 2 * i;
      const b = po + 2 * ((i + 1) % pn);
      const c = po + 2 * ((i + 2) % pn);
      const n1 = unitNormal(poly[a]!, poly[a + 1]!, poly[b]!, poly[b + 1]!);
      const n1x = nx;
      const n1y = ny;
      clip(n1x, n1y, n1x * poly[a]! + n1y * poly[a + 1]! + EPS, px, py, dx, dy);
      if (!n1) continue;
      // Bevel at vertex b, between this edge's normal and the next one's.
      if (!unitNormal(poly[b]!, poly[b + 1]!, poly[c]!, poly[c + 1]!)) continue;
      const mx = n1x + nx;
      const my = n1y + ny;
      const ml = Math.hypot(mx, my);
      if (ml > 0) clip(mx / ml, my / ml, (mx * poly[b]! + my * poly[b + 1]!) / ml + EPS, px, py, dx, dy);
    }
  }
  touched.start = t0 * length;
  touched.end = t1 * length;
  return touched;
}

let nx = 0;
let ny = 0;
function unitNormal(ax: number, ay: number, bx: number, by: number): boolean {
  const ex = bx - ax;
  const ey = by - ay;
  const l = Math.hypot(ex, ey);
  if (l === 0) {
    nx = 0;
    ny = 0;
    return false;
  }
  nx = ey / l;
  ny = -ex / l;
  return true;
}

/** A degenerate wall (one point): the part of the segment within ε of it, by the quadratic. */
function clipDisc(cx: number, cy: number, px: number, py: number, dx: number, dy: number): void {
  const fx = px - cx;
  const fy = py - cy;
  const a = dx * dx + dy * dy;
  const b = 2 * (fx * dx + fy * dy);
  const c = fx * fx + fy * fy - EPS * EPS;
  const disc = b * b - 4 * a * c;
  if (a === 0 || disc < 0) {
    t1 = -1;
    return;
  }
  const s = Math.sqrt(disc);
  t0 = Math.max(t0, (-b - s) / (2 * a));
  t1 = Math.min(t1, (-b + s) / (2 * a));
}
