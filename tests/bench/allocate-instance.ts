import { parsePlan } from "../../floorplans/format/parse";
import type { Plan, PlanInput } from "../../floorplans/format/schema";

/**
 * The allocation benchmark's instance, generated from a seed: one hall of back-to-back stand
 * blocks (3 × 3, 4 × 3 and 6 × 3 m stands) with a power box on each block's spine, three
 * pavilions over three blocks each, and exhibitors with mixed areas, powers, phases, priorities,
 * competitor pairs and (optionally) near wishes. The hall is deliberately big (about 100 × 84 m), so
 * the exit distance limit is raised to 80 m in the plan's rules — the bench is about allocation.
 */
export interface AllocateInstanceOptions {
  exhibitors: number;
  stands: number;
  competitorPairs: number;
  pavilions: number;
  nearWishes: number;
  seed: number;
}

export const BENCH_INSTANCE: AllocateInstanceOptions = {
  exhibitors: 300,
  stands: 350,
  competitorPairs: 100,
  pavilions: 3,
  nearWishes: 0,
  seed: 7,
};

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROW_PATTERNS = [
  [6, 3, 3, 4, 4, 6, 4],
  [3, 3, 3, 3, 6, 4, 4, 4],
  [6, 6, 3, 3, 4, 4, 4],
  [4, 4, 3, 3, 3, 4, 3, 3, 3],
];
const BLOCK_W = 30;
const AISLE = 3;
const COLUMNS = 3;

export function generateAllocationPlan(o: AllocateInstanceOptions): Plan {
  const random = seeded(o.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const blocksNeeded = Math.ceil(o.stands / 14) + 1;
  const blockRows = Math.ceil(blocksNeeded / COLUMNS);
  const width = AISLE + COLUMNS * (BLOCK_W + AISLE);
  const height = AISLE + blockRows * (6 + AISLE);
  const stands: NonNullable<PlanInput["stands"]> = [];
  const powerBoxes: NonNullable<PlanInput["powerBoxes"]> = [];
  const blockOrigins: [number, number][] = [];
  for (let b = 0; stands.length < o.stands; b++) {
    const col = b % COLUMNS;
    const row = Math.floor(b / COLUMNS);
    const x0 = AISLE + col * (BLOCK_W + AISLE);
    const y0 = AISLE + row * (6 + AISLE);
    blockOrigins.push([x0, y0]);
    const boxId = `B${b + 1}`;
    powerBoxes.push({
      id: boxId,
      hallId: "H",
      at: [x0 + BLOCK_W / 2, y0 + 3],
      capacityKw: 24,
      phases: b % 3 === 2 ? 1 : 3,
    });
    for (let half = 0; half < 2; half++) {
      let x = x0;
      // Both rows of a block share one pattern: staggered joints would leave sub-aisle gaps at corners.
      for (const w of ROW_PATTERNS[b % ROW_PATTERNS.length]!) {
        if (stands.length >= o.stands) break;
        const id = `S${String(stands.length + 1).padStart(3, "0")}`;
        stands.push({
          id,
          hallId: "H",
          x,
          y: y0 + half * 3,
          width: w,
          depth: 3,
          powerBoxId: boxId,
          label: id,
        });
        x += w;
      }
    }
  }
  const zones: NonNullable<PlanInput["zones"]> = [];
  for (let p = 0; p < o.pavilions; p++) {
    // Pavilion p covers the blocks of column p % COLUMNS, rows 3p … 3p + 2 (an aisle's half around them).
    const [x0, y0] = blockOrigins[3 * p * COLUMNS + (p % COLUMNS)] ?? blockOrigins[p]!;
    const x1 = x0 + BLOCK_W;
    const y1 = Math.min(y0 + 3 * (6 + AISLE) - AISLE, height - AISLE);
    zones.push({
      id: `pav-${p + 1}`,
      hallId: "H",
      kind: "pavilion",
      name: `Pavillon ${p + 1}`,
      polygon: [
        [x0 - 1, y0 - 1],
        [x1 + 1, y0 - 1],
        [x1 + 1, y1 + 1],
        [x0 - 1, y1 + 1],
      ],
    });
  }
  const exhibitors: NonNullable<PlanInput["exhibitors"]> = [];
  for (let i = 0; i < o.exhibitors; i++) {
    const r = random();
    const powerKw = r < 0.3 ? 0 : r < 0.8 ? pick([1, 2, 3]) : pick([4, 5, 6, 8]);
    exhibitors.push({
      id: `ex-${i + 1}`,
      name: `Exposant ${i + 1}`,
      requestedAreaM2: pick([9, 9, 9, 9, 12, 12, 12, 18, 18, 16]),
      powerKw,
      phases: powerKw > 0 && random() < 0.15 ? 3 : 1,
      pavilionId: i < 30 * o.pavilions ? `pav-${(i % o.pavilions) + 1}` : null,
      priority: pick([1, 1, 1, 1, 1, 1, 2, 2, 3]),
      avoid: [],
      near: [],
    });
  }
  const pairs = new Set<string>();
  const link = (list: "avoid" | "near", count: number) => {
    for (let made = 0; made < count;) {
      const a = Math.floor(random() * o.exhibitors);
      const b = Math.floor(random() * o.exhibitors);
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (a === b || pairs.has(key)) continue;
      pairs.add(key);
      exhibitors[a]![list]!.push(`ex-${b + 1}`);
      made++;
    }
  };
  link("avoid", o.competitorPairs);
  link("near", o.nearWishes);
  const gap = (n: number) => [n - 1, n + 1] as const;
  const exits: NonNullable<PlanInput["exits"]> = [];
  for (const [k, x] of [width / 4, width / 2, (3 * width) / 4].entries()) {
    exits.push({ id: `EN${k}`, hallId: "H", a: [gap(x)[0], 0], b: [gap(x)[1], 0] });
    exits.push({ id: `ES${k}`, hallId: "H", a: [gap(x)[1], height], b: [gap(x)[0], height] });
  }
  for (const [k, y] of [height / 4, height / 2, (3 * height) / 4].entries()) {
    exits.push({ id: `EW${k}`, hallId: "H", a: [0, gap(y)[1]], b: [0, gap(y)[0]] });
    exits.push({ id: `EE${k}`, hallId: "H", a: [width, gap(y)[0]], b: [width, gap(y)[1]] });
  }
  const input: PlanInput = {
    format: "allee.plan/v1",
    name: `Allocation bench (seed ${o.seed})`,
    rules: { maxExitDistanceM: 80 },
    halls: [
      {
        id: "H",
        name: "Hall",
        outline: [
          [0, 0],
          [width, 0],
          [width, height],
          [0, height],
        ],
        powerSupplyKw: 900,
      },
    ],
    exits,
    powerBoxes,
    zones,
    stands,
    exhibitors,
  };
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`generated plan is invalid: ${JSON.stringify(parsed.invalid.slice(0, 3))}`);
  return parsed.plan;
}
