/**
 * The neighbourhood of a cell in the walking graph: the axis and diagonal steps plus a few
 * longer ones, each weighted by its exact Euclidean length. A path in this graph is too long by
 * at most 1/cos(g/2) − 1, g the widest angle between two neighbouring steps: 8 % for the plain
 * 8-neighbour grid (g = 45°), 1.3 % for all steps of a 7 × 7 block (32 steps, g = 18.4°).
 * The default adds (5,1), (5,2) and (3,2) in each octant: also 32 steps, but g = 11.9°, so
 * at most 0.54 % (0.38 m over 70 m). README.md has the measurements behind this choice.
 *
 * Weights are integers (QUANTUM units per cell) so that shortest-path lengths are exact sums:
 * an incremental repair then lands on exactly the numbers a fresh build computes.
 */
export const DEFAULT_STEPS: readonly (readonly [number, number])[] = [
  [5, 1],
  [5, 2],
  [3, 2],
];

export const QUANTUM_SHIFT = 10;
export const QUANTUM = 1 << QUANTUM_SHIFT;
/** Distance of a free cell no door reaches; larger than any real path, still exact in a double. */
export const UNREACHED = 0x7fffffff;
/**
 * Distance of a blocked cell. Below every real distance, so the one test "does this step
 * improve its end?" also refuses blocked ends: the hot loop reads a single array.
 */
export const BLOCKED = -1;

export interface Stencil {
  readonly radius: number;
  readonly dx: Int32Array;
  readonly dy: Int32Array;
  readonly weight: Int32Array;
  /** Cells (dx, dy) whose inside a step crosses between its two ends: all must be free. */
  readonly crossStart: Int32Array;
  readonly crossDx: Int32Array;
  readonly crossDy: Int32Array;
  /**
   * A step with two odd coordinates passes exactly through one cell corner; the two cells beside
   * it there (pairDx/pairDy at 2k and 2k+1, both (0,0) for other steps) must not both be blocked.
   */
  readonly pairDx: Int32Array;
  readonly pairDy: Int32Array;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Does the segment (0,0)→(ex,ey) run through the inside of the unit cell centred on (cx,cy)? */
function crossesCell(ex: number, ey: number, cx: number, cy: number): boolean {
  let t0 = 0;
  let t1 = 1;
  for (const [e, c] of [
    [ex, cx],
    [ey, cy],
  ] as const) {
    if (e === 0) {
      if (Math.abs(c) >= 0.5) return false;
      continue;
    }
    const a = (c - 0.5) / e;
    const b = (c + 0.5) / e;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t1 - t0 > 1e-9;
}

const cache = new Map<string, Stencil>();

/** Every step of the grid graph: (1,0), (1,1) and `extra` (first-octant vectors), by symmetry. */
export function stencilOf(extra: readonly (readonly [number, number])[]): Stencil {
  const key = JSON.stringify(extra);
  const known = cache.get(key);
  if (known) return known;
  const unique = new Map<string, [number, number]>();
  for (const [a, b] of [[1, 0] as const, [1, 1] as const, ...extra]) {
    if (gcd(Math.abs(a), Math.abs(b)) !== 1)
      throw new RangeError(`walking field: step (${a}, ${b}) is not primitive`);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const sx of [1, -1]) for (const sy of [1, -1]) unique.set(`${sx * x},${sy * y}`, [sx * x, sy * y]);
    }
  }
  const steps = [...unique.values()];
  const radius = Math.max(...steps.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))));
  // Short steps first: they are the likeliest improvements, so longer ones fail the cheap test.
  steps.sort((p, q) => Math.hypot(p[0], p[1]) - Math.hypot(q[0], q[1]));
  const crossStart = new Int32Array(steps.length + 1);
  const crossDx: number[] = [];
  const crossDy: number[] = [];
  const pairDx = new Int32Array(2 * steps.length);
  const pairDy = new Int32Array(2 * steps.length);
  steps.forEach(([x, y], k) => {
    crossStart[k] = crossDx.length;
    for (let cy = Math.min(0, y); cy <= Math.max(0, y); cy++) {
      for (let cx = Math.min(0, x); cx <= Math.max(0, x); cx++) {
        const isEnd = (cx === 0 && cy === 0) || (cx === x && cy === y);
        if (!isEnd && crossesCell(x, y, cx, cy)) {
          crossDx.push(cx);
          crossDy.push(cy);
        }
      }
    }
    if (x % 2 !== 0 && y % 2 !== 0) {
      // The corner at the step's middle: of the four cells round it, the two the step skips.
      // Both blocked means a wall runs through that corner; one alone is a corner to slip past.
      const i = Math.floor(x / 2);
      const j = Math.floor(y / 2);
      const sides = [
        [i, j],
        [i + 1, j],
        [i, j + 1],
        [i + 1, j + 1],
      ].filter(
        ([cx, cy]) => !crossesCell(x, y, cx!, cy!) && !(cx === 0 && cy === 0) && !(cx === x && cy === y),
      );
      sides.forEach(([cx, cy], n) => {
        pairDx[2 * k + n] = cx!;
        pairDy[2 * k + n] = cy!;
      });
    }
  });
  crossStart[steps.length] = crossDx.length;
  const stencil: Stencil = {
    radius,
    dx: Int32Array.from(steps, (s) => s[0]),
    dy: Int32Array.from(steps, (s) => s[1]),
    weight: Int32Array.from(steps, (s) => Math.round(Math.hypot(s[0], s[1]) * QUANTUM)),
    crossStart,
    crossDx: Int32Array.from(crossDx),
    crossDy: Int32Array.from(crossDy),
    pairDx,
    pairDy,
  };
  cache.set(key, stencil);
  return stencil;
}
