import type { WalkingBlocker, WalkingDoor, WalkingFieldInput } from "./walking-field";

/** Shared by the walking tests: small halls built from rectangles, and rotations of whole scenes. */

export type Pt = [number, number];

export function rect(x: number, y: number, w: number, h: number): Pt[] {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

export function door(id: string, a: Pt, b: Pt): WalkingDoor {
  return { id, a, b };
}

export function blocker(id: string, polygon: Pt[]): WalkingBlocker {
  return { id, polygon };
}

export function rotatePoint([x, y]: Pt, degrees: number, [cx, cy]: Pt): Pt {
  const a = (degrees * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c];
}

/** The same hall turned by `degrees` about `centre`: distances must not change. */
export function rotateScene(input: WalkingFieldInput, degrees: number, centre: Pt): WalkingFieldInput {
  const turn = (p: Pt): Pt => rotatePoint(p, degrees, centre);
  return {
    ...input,
    outline: input.outline.map(turn),
    doors: input.doors.map((d) => ({ id: d.id, a: turn(d.a), b: turn(d.b) })),
    blockers: input.blockers.map((b) => ({ id: b.id, polygon: b.polygon.map(turn) })),
  };
}

export function unit([x, y]: Pt): Pt {
  const n = Math.hypot(x, y);
  return [x / n, y / n];
}

export function towards(from: Pt, to: Pt): Pt {
  return unit([to[0] - from[0], to[1] - from[1]]);
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Length of the polyline through `points`: the hand-computed geodesics of the tests. */
export function pathLength(points: Pt[]): number {
  let total = 0;
  for (let k = 1; k < points.length; k++) total += dist(points[k - 1]!, points[k]!);
  return total;
}
