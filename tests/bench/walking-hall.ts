import type { WalkingBlocker, WalkingDoor, WalkingFieldInput } from "../../floorplans/walking";

/** Small seeded PRNG (mulberry32): benches and tests must see the same hall every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rectangle(x: number, y: number, w: number, d: number): [number, number][] {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + d],
    [x, y + d],
  ];
}

export interface BenchStand {
  id: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

/**
 * The benchmark hall of the brief: 100 × 80 m, back-to-back rows of stands 3 m deep and 3–6 m
 * wide (9–18 m²) with 2–3 m aisles and two cross aisles, 15 pillars, 6 doors of 2 m.
 */
export function benchHall(seed = 1): { input: WalkingFieldInput; stands: BenchStand[] } {
  const random = seededRandom(seed);
  const widths = [3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6];
  const stands: BenchStand[] = [];
  const crossAisles = [
    [32, 34.5],
    [66, 68.5],
  ];
  let y = 2;
  for (let block = 0; y + 6 <= 78; block++) {
    for (const rowY of [y, y + 3]) {
      let x = 2;
      for (;;) {
        const width = widths[Math.floor(random() * widths.length)]!;
        const cross = crossAisles.find(([a, b]) => x < b! && x + width > a!);
        if (cross) {
          x = cross[1]!;
          continue;
        }
        if (x + width > 98) break;
        stands.push({ id: `S${stands.length}`, x, y: rowY, width, depth: 3 });
        x += width;
      }
    }
    y += 6 + (block % 2 === 0 ? 2 : 3);
  }
  const pillars: WalkingBlocker[] = [];
  for (const px of [10, 30, 50, 70, 90]) {
    for (const py of [20, 40, 60])
      pillars.push({ id: `P${px}-${py}`, polygon: rectangle(px - 0.25, py - 0.25, 0.5, 0.5) });
  }
  const door = (id: string, a: [number, number], b: [number, number]): WalkingDoor => ({ id, a, b });
  const doors = [
    door("N1", [24, 0], [26, 0]),
    door("N2", [74, 0], [76, 0]),
    door("S1", [24, 80], [26, 80]),
    door("S2", [74, 80], [76, 80]),
    door("W", [0, 39], [0, 41]),
    door("E", [100, 39], [100, 41]),
  ];
  const blockers = [
    ...stands.map((s) => ({ id: s.id, polygon: rectangle(s.x, s.y, s.width, s.depth) })),
    ...pillars,
  ];
  return { input: { outline: rectangle(0, 0, 100, 80), doors, blockers }, stands };
}

/** Stencils compared in floorplans/walking/README.md (first-octant steps beyond (1,0) and (1,1)). */
export const STENCILS: Record<string, [number, number][] | undefined> = {
  "8": [],
  "16": [[2, 1]],
  "32-square": [
    [2, 1],
    [3, 1],
    [3, 2],
  ],
  "48-square": [
    [2, 1],
    [3, 1],
    [3, 2],
    [4, 1],
    [4, 3],
  ],
  "32-default": undefined,
  "40": [
    [6, 1],
    [3, 1],
    [2, 1],
    [4, 3],
  ],
};
