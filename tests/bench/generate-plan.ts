import type { Exhibitor, Hall, Obstacle, Plan, PowerBox, Stand, Zone, Exit } from "../../floorplans/format/schema";

/**
 * A deterministic generator of large, realistic plans for benchmarks: halls filled with double
 * rows of 9–18 m² shell-scheme stands (3 m deep) along 3 m aisles and cross aisles, a plaza of
 * rotated island stands per hall, pillars on a grid, technical rooms along the walls, power boxes,
 * pavilions and quiet zones, and exhibitors with near wishes, competitors and noise levels.
 * A few stands are nudged off the grid so that every rule has something to find.
 * Same options (and seed) → the same plan, bit for bit.
 */
export interface GenerateOptions {
  seed?: number;
  stands?: number;
  exhibitors?: number;
  obstacles?: number;
  powerBoxes?: number;
  /** Share of stands with a rotation: about a third at arbitrary angles in the plazas, the rest turned by 180° in rows. */
  rotatedShare?: number;
}

/** mulberry32: small, fast and good enough for test data. */
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

const WIDTHS = [3, 3, 4, 4, 4, 5, 6];
const DEPTH = 3;
const AISLE = 3;
const MARGIN = 3;
const PLAZA = 22;
const BLOCK = 30;
const round = (x: number) => Math.round(x * 1000) / 1000;

interface HallLayout {
  hall: Hall;
  stands: Stand[];
}

function layoutHall(index: number, target: number, rng: () => number, rotatedShare: number): HallLayout {
  const width = 140 + Math.floor(rng() * 5) * 15;
  const depth = 80 + Math.floor(rng() * 3) * 15;
  const id = `hall-${index + 1}`;
  const ox = index * (width + 40); // halls side by side on one drawing
  const hall: Hall = { id, name: `Hall ${index + 1}`, outline: [[ox, 0], [ox + width, 0], [ox + width, depth], [ox, depth]], powerSupplyKw: 400 };
  const stands: Stand[] = [];
  const push = (x: number, y: number, w: number, rotation: number) => {
    const n = stands.length + 1;
    stands.push({ id: `${id}-s${String(n).padStart(4, "0")}`, hallId: id, x: round(x), y: round(y), width: w, depth: DEPTH, rotation, covered: false, powerBoxId: null, exhibitorId: null, label: `${index + 1}-${n}` });
  };
  // Plaza: island stands at arbitrary angles, 8 m apart.
  for (let px = ox + MARGIN + 3; px + 4 < ox + PLAZA; px += 8) {
    for (let py = MARGIN + 3; py + 4 < depth - MARGIN; py += 8) {
      if (stands.length >= target || rng() > rotatedShare * 8) continue;
      push(px, py, 3, Math.round(15 + rng() * 60));
    }
  }
  // Double rows: two rows back to back with the same joints (a stand would otherwise sit 1 m
  // diagonally from the one behind its neighbour, a too-narrow aisle for RULES.md), then an aisle;
  // cross aisles every 30 m, at the same x in every row.
  for (let y = MARGIN; y + 2 * DEPTH <= depth - MARGIN && stands.length < target; y += 2 * DEPTH + AISLE) {
    for (let x0 = ox + PLAZA; x0 + 3 <= ox + width - MARGIN && stands.length < target; x0 += BLOCK + AISLE) {
      const x1 = Math.min(x0 + BLOCK, ox + width - MARGIN);
      const widths: number[] = [];
      for (let x = x0; ; ) {
        const w = WIDTHS[Math.floor(rng() * WIDTHS.length)]!;
        if (x + w > x1) break;
        widths.push(w);
        x += w;
      }
      for (const rowY of [y, y + DEPTH]) {
        let x = x0;
        for (const w of widths) {
          if (stands.length >= target) break;
          push(x, rowY, w, rng() < rotatedShare * 0.75 ? 180 : 0);
          x += w;
        }
      }
    }
  }
  return { hall, stands };
}

export function generatePlan(options: GenerateOptions = {}): Plan {
  const rng = seededRandom(options.seed ?? 42);
  const total = options.stands ?? 5000;
  const rotatedShare = options.rotatedShare ?? 0.05;
  const halls: Hall[] = [];
  const stands: Stand[] = [];
  for (let i = 0; stands.length < total; i++) {
    const layout = layoutHall(i, total - stands.length, rng, rotatedShare);
    halls.push(layout.hall);
    stands.push(...layout.stands);
  }
  // A few stands nudged off the grid: overlaps, narrow aisles, stands against pillars.
  for (const s of stands) {
    if (rng() < 0.01) s.x = round(s.x + (rng() - 0.5) * 2);
    if (rng() < 0.005) s.y = round(s.y + (rng() - 0.5) * 1.5);
  }
  const obstacles = placeObstacles(halls, options.obstacles ?? 200, rng);
  const exits = halls.flatMap(placeExits);
  const powerBoxes = placeBoxes(halls, options.powerBoxes ?? 40, rng);
  const zones: Zone[] = halls.flatMap((h) => placeZones(h, rng));
  const exhibitors = assignExhibitors(stands, options.exhibitors ?? 2000, powerBoxes, zones, rng);
  return { format: "allee.plan/v1", name: `Generated plan (${total} stands)`, rules: {}, halls, obstacles, exits, powerBoxes, zones, stands, exhibitors };
}

function bounds(h: Hall): [number, number, number, number] {
  const [[x0, y0], , [x1, y1]] = h.outline as [[number, number], [number, number], [number, number]];
  return [x0, y0, x1, y1];
}

function placeObstacles(halls: Hall[], count: number, rng: () => number): Obstacle[] {
  const out: Obstacle[] = [];
  for (let i = 0; i < count; i++) {
    const hall = halls[i % halls.length]!;
    const [x0, y0, x1, y1] = bounds(hall);
    const id = `obs-${i + 1}`;
    const rect = (x: number, y: number, w: number, d: number): [number, number][] => [[round(x), round(y)], [round(x + w), round(y)], [round(x + w), round(y + d)], [round(x), round(y + d)]];
    if (i % 5 === 4) {
      // A technical room against the top or bottom wall, inside the wall margin.
      const x = x0 + PLAZA + rng() * (x1 - x0 - PLAZA - 4);
      out.push({ id, hallId: hall.id, kind: i % 10 === 4 ? "technical" : "no-build", polygon: rect(x, rng() < 0.5 ? y0 : y1 - 1.2, 2.5, 1.2) });
    } else {
      // Steel columns on an 18 m grid: some land in aisles, some inside stands.
      const k = Math.floor(i / halls.length);
      out.push({ id, hallId: hall.id, kind: "pillar", polygon: rect(x0 + 18 + (k % 5) * 18, y0 + 12 + Math.floor(k / 5) * 18, 0.4, 0.4) });
    }
  }
  return out;
}

function placeExits(hall: Hall): Exit[] {
  const [x0, y0, x1, y1] = bounds(hall);
  const my = (y0 + y1) / 2;
  const exits: Exit[] = [];
  const door = (a: [number, number], b: [number, number]) => exits.push({ id: `${hall.id}-exit-${exits.length + 1}`, hallId: hall.id, a, b });
  // A 2 m door every 40 m of the long walls and one in each short wall (CO 43 wants many).
  for (let x = x0 + 30; x < x1 - 10; x += 40) {
    door([x, y0], [x + 2, y0]);
    door([x, y1], [x + 2, y1]);
  }
  door([x0, my - 1], [x0, my + 1]);
  door([x1, my - 1], [x1, my + 1]);
  return exits;
}

function placeBoxes(halls: Hall[], count: number, rng: () => number): PowerBox[] {
  const out: PowerBox[] = [];
  for (let i = 0; i < count; i++) {
    const hall = halls[i % halls.length]!;
    const [x0, y0, x1, y1] = bounds(hall);
    const k = Math.floor(i / halls.length);
    out.push({ id: `box-${i + 1}`, hallId: hall.id, at: [round(x0 + (x1 - x0) * ((k % 2) + 0.5) / 2), round(y0 + (y1 - y0) * (Math.floor(k / 2) % 2 + 0.5) / 2)], capacityKw: rng() < 0.5 ? 36 : null, phases: rng() < 0.8 ? 3 : 1 });
  }
  return out;
}

function placeZones(hall: Hall, rng: () => number): Zone[] {
  const [x0, y0, , y1] = bounds(hall);
  const px = x0 + PLAZA + 30 + AISLE - 0.5 + Math.floor(rng() * 2) * 33;
  const pavilion: Zone = { id: `${hall.id}-pavilion`, hallId: hall.id, kind: "pavilion", name: "Pavillon", polygon: [[px, y0 + 2.5], [px + 31, y0 + 2.5], [px + 31, y0 + 30.5], [px, y0 + 30.5]] };
  const quiet: Zone = { id: `${hall.id}-quiet`, hallId: hall.id, kind: "quiet", name: "Espace calme", polygon: [[x0 + 1, y1 - 12], [x0 + 8, y1 - 12], [x0 + 8, y1 - 2], [x0 + 1, y1 - 2]] };
  return [pavilion, quiet];
}

function assignExhibitors(stands: Stand[], count: number, boxes: PowerBox[], zones: Zone[], rng: () => number): Exhibitor[] {
  const exhibitors: Exhibitor[] = [];
  let next = 0;
  while (exhibitors.length < count && next < stands.length) {
    const group = stands.slice(next, next + 1 + Math.floor(rng() * 3)).filter((s) => s.hallId === stands[next]!.hallId);
    next += group.length + (rng() < 0.1 ? 1 : 0);
    const id = `ex-${String(exhibitors.length + 1).padStart(4, "0")}`;
    const area = group.reduce((sum, s) => sum + s.width * s.depth, 0);
    const powerKw = rng() < 0.5 ? Math.round(rng() * 12 * 10) / 10 : 0;
    const pavilion = zones.find((z) => z.kind === "pavilion" && z.hallId === group[0]!.hallId && inside(z, group[0]!));
    const hallBoxes = boxes.filter((b) => b.hallId === group[0]!.hallId);
    for (const s of group) {
      s.exhibitorId = id;
      s.covered = rng() < 0.02;
      if (powerKw > 0 && rng() < 0.95) s.powerBoxId = nearestBox(hallBoxes, s)?.id ?? null;
    }
    exhibitors.push({ id, name: `Exposant ${exhibitors.length + 1}`, requestedAreaM2: Math.round(area * (0.85 + rng() * 0.25)), powerKw, phases: rng() < 0.3 ? 3 : 1, pavilionId: pavilion && rng() < 0.9 ? pavilion.id : null, avoid: [], near: [], noise: rng() < 0.05 ? "loud" : rng() < 0.05 ? "quiet" : "normal", priority: 1 });
  }
  const n = exhibitors.length;
  for (const [i, e] of exhibitors.entries()) {
    const other = () => exhibitors[rng() < 0.5 ? (i + 1 + Math.floor(rng() * 4)) % n : Math.floor(rng() * n)]!.id;
    if (rng() < 0.3) e.near = [...new Set([other(), ...(rng() < 0.3 ? [other()] : [])])].filter((x) => x !== e.id);
    if (rng() < 0.2) e.avoid = [other()].filter((x) => x !== e.id);
  }
  return exhibitors;
}

function inside(zone: Zone, s: Stand): boolean {
  const [[x0, y0], , [x1, y1]] = zone.polygon as [[number, number], [number, number], [number, number]];
  return s.x >= x0 && s.x + s.width <= x1 && s.y >= y0 && s.y + s.depth <= y1;
}

function nearestBox(boxes: PowerBox[], s: Stand): PowerBox | undefined {
  let best: PowerBox | undefined;
  let bestD = Infinity;
  for (const b of boxes) {
    const d = Math.abs(b.at[0] - s.x) + Math.abs(b.at[1] - s.y);
    if (d < bestD) [best, bestD] = [b, d];
  }
  return best;
}
