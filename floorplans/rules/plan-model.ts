import Flatbush from "flatbush";
import { EPS, type XY } from "../geometry/constants";
import { prepareConvex, prepareShape, type PreparedShape } from "../geometry/shape";
import { orientPositive, pointInPolygonFlat, toFlat } from "../geometry/polygon";
import type { Exit, Hall, Plan, PowerBox, Zone } from "../format/schema";
import { maxExitDistanceFor, type RuleSettings } from "../format/settings";
import { buildExhibitors, type ExhibitorModel, type WishPair } from "./exhibitor-model";
import { obstacleBlockerId } from "./walking-ids";

export { NOISE_LOUD, NOISE_NORMAL, NOISE_QUIET, type ExhibitorModel, type WishPair } from "./exhibitor-model";

/**
 * Everything about a plan that the stand rules read but that stand edits do not change: halls
 * with their outline, obstacles, exits and zones prepared for measuring, exhibitors with their
 * relations, power boxes. Built once per full run; the incremental engine keeps it until a
 * non-stand edit forces a rebuild.
 */
export interface ObstacleModel {
  id: string;
  isPillar: boolean;
  shape: PreparedShape;
  /** Its id in the walking field, where stand ids live too (see exit-distance.ts). */
  blockerId: string;
  /** Its polygon as the walking field takes it. */
  polygon: [number, number][];
}

export interface ExitModel {
  id: string;
  exit: Exit;
  /** The clearance rectangle in front of the door; null when it has no area. */
  zone: PreparedShape | null;
}

export interface ZoneModel {
  id: string;
  zone: Zone;
  hallIndex: number;
  shape: PreparedShape;
}

export interface HallModel {
  index: number;
  id: string;
  hall: Hall;
  outline: Float64Array;
  outlineN: number;
  /** Outline walls, each as a two-point polygon, for measuring a stand against the nearest walls only. */
  walls: Float64Array[];
  /** minX, minY, maxX, maxY of each wall, then of each obstacle (scanned when there are few). */
  wallBounds: Float64Array;
  wallIndex: Flatbush | null;
  /** RULES.md floor: outline area minus the area of the hall's obstacles, every kind. */
  floorM2: number;
  obstacles: ObstacleModel[];
  obstacleBounds: Float64Array;
  obstacleIndex: Flatbush | null;
  exits: ExitModel[];
  pavilions: ZoneModel[];
  quietZones: ZoneModel[];
  maxExitM: number;
}

export interface BoxModel {
  index: number;
  id: string;
  box: PowerBox;
  hallIndex: number;
  capacityKw: number;
}

export interface PlanModel {
  plan: Plan;
  settings: RuleSettings;
  halls: HallModel[];
  hallIndex: Map<string, number>;
  exhibitors: ExhibitorModel[];
  exhibitorIndex: Map<string, number>;
  boxes: BoxModel[];
  boxIndex: Map<string, number>;
  zones: Map<string, ZoneModel>;
  wishes: WishPair[];
  /** How far (m) a stand's neighbours are searched for the aisle and touch tests. */
  aisleReach: number;
}

/** Small lists are scanned; a bounding-volume tree pays off only past a few dozen items. */
const INDEX_THRESHOLD = 16;

type Box = { minX: number; minY: number; maxX: number; maxY: number };

function boundsOf(boxes: Box[]): Float64Array {
  const out = new Float64Array(boxes.length * 4);
  boxes.forEach((b, i) => out.set([b.minX, b.minY, b.maxX, b.maxY], 4 * i));
  return out;
}

function indexOf(boxes: Box[]): Flatbush | null {
  if (boxes.length <= INDEX_THRESHOLD) return null;
  const index = new Flatbush(boxes.length);
  for (const b of boxes) index.add(b.minX, b.minY, b.maxX, b.maxY);
  index.finish();
  return index;
}

function clearanceZone(exit: Exit, outline: Float64Array, depth: number): PreparedShape | null {
  const [ax, ay] = exit.a;
  const [bx, by] = exit.b;
  const length = Math.hypot(bx - ax, by - ay);
  if (length === 0 || depth <= 0) return null;
  let nx = -(by - ay) / length;
  let ny = (bx - ax) / length;
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  // The door may sit a little off the outline: probe a few centimetres on each side.
  const probe = 0.05;
  const n = outline.length / 2;
  if (!pointInPolygonFlat(outline, 0, n, mx + nx * probe, my + ny * probe) && pointInPolygonFlat(outline, 0, n, mx - nx * probe, my - ny * probe)) {
    nx = -nx;
    ny = -ny;
  }
  const xy = toFlat([
    [ax, ay],
    [bx, by],
    [bx + nx * depth, by + ny * depth],
    [ax + nx * depth, ay + ny * depth],
  ]);
  return prepareConvex(orientPositive(xy));
}

function buildHall(plan: Plan, hall: Hall, index: number, settings: RuleSettings): HallModel {
  const outline = toFlat(hall.outline);
  const outlineN = hall.outline.length;
  const walls: Float64Array[] = [];
  for (let i = 0; i < outlineN; i++) {
    const a = hall.outline[i]!;
    const b = hall.outline[(i + 1) % outlineN]!;
    walls.push(Float64Array.of(a[0], a[1], b[0], b[1]));
  }
  const wallBoxes = walls.map((w) => ({ minX: Math.min(w[0]!, w[2]!), minY: Math.min(w[1]!, w[3]!), maxX: Math.max(w[0]!, w[2]!), maxY: Math.max(w[1]!, w[3]!) }));
  const obstacles = plan.obstacles
    .filter((o) => o.hallId === hall.id)
    .map((o) => ({
      id: o.id,
      isPillar: o.kind === "pillar",
      shape: prepareShape(o.polygon as XY[]),
      blockerId: obstacleBlockerId(o.id),
      polygon: o.polygon.map(([x, y]): [number, number] => [x, y]),
    }));
  const zones = plan.zones
    .filter((z) => z.hallId === hall.id)
    .map((z) => ({ id: z.id, zone: z, hallIndex: index, shape: prepareShape(z.polygon as XY[]) }));
  const exits = plan.exits
    .filter((e) => e.hallId === hall.id)
    .map((e) => ({ id: e.id, exit: e, zone: clearanceZone(e, outline, settings.exitClearanceM) }));
  const outlineArea = prepareShape(outline).area;
  return {
    index,
    id: hall.id,
    hall,
    outline,
    outlineN,
    walls,
    wallBounds: boundsOf(wallBoxes),
    wallIndex: indexOf(wallBoxes),
    floorM2: obstacles.reduce((floor, o) => floor - o.shape.area, outlineArea),
    obstacles,
    obstacleBounds: boundsOf(obstacles.map((o) => o.shape)),
    obstacleIndex: indexOf(obstacles.map((o) => o.shape)),
    exits,
    pavilions: zones.filter((z) => z.zone.kind === "pavilion"),
    quietZones: zones.filter((z) => z.zone.kind === "quiet"),
    maxExitM: maxExitDistanceFor(settings, exits.length),
  };
}

export function buildPlanModel(plan: Plan, settings: RuleSettings): PlanModel {
  const halls = plan.halls.map((h, i) => buildHall(plan, h, i, settings));
  const hallIndex = new Map(halls.map((h) => [h.id, h.index]));
  const wishes: WishPair[] = [];
  const { exhibitors, exhibitorIndex } = buildExhibitors(plan, wishes);
  const boxes: BoxModel[] = plan.powerBoxes.map((box, index) => ({
    index,
    id: box.id,
    box,
    hallIndex: hallIndex.get(box.hallId) ?? -1,
    capacityKw: box.capacityKw ?? settings.boxCapacityKw,
  }));
  const zones = new Map<string, ZoneModel>();
  for (const hall of halls) {
    for (const z of [...hall.pavilions, ...hall.quietZones]) zones.set(z.id, z);
  }
  for (const z of plan.zones) {
    const hi = hallIndex.get(z.hallId);
    if (!zones.has(z.id) && hi !== undefined) zones.set(z.id, { id: z.id, zone: z, hallIndex: hi, shape: prepareShape(z.polygon as XY[]) });
  }
  return {
    plan,
    settings,
    halls,
    hallIndex,
    exhibitors,
    exhibitorIndex,
    boxes,
    boxIndex: new Map(boxes.map((b) => [b.id, b.index])),
    zones,
    wishes,
    aisleReach: Math.max(settings.minAisleM, EPS) + EPS,
  };
}
