import { EPS } from "../geometry/constants";
import { measureBoxes, measureConvex, measured } from "../geometry/convex";
import { convexWithin } from "../geometry/containment";
import { pointInPolygonFlat } from "../geometry/polygon";
import { measureAgainstShape } from "../geometry/shape";
import type { Neighbourhood } from "./neighbourhood";
import type { HallModel, PlanModel } from "./plan-model";
import { FLAG_BOX, type StandStore } from "./stand-store";
import type { Violation } from "./types";
import { makeViolation } from "./violation";

/**
 * Rules between one stand and the fixed parts of its hall: stand.outside-hall, stand.obstacle,
 * stand.pillar, aisle.too-narrow against walls and non-pillar obstacles, exit.blocked.
 * Boundaries (RULES.md, ε = 1 mm): overlap = penetration > ε; an aisle is too narrow when
 * ε < dist < minAisleM − ε (touching is allowed, so is a full aisle).
 * `near` must hold the obstacles and walls within the model's aisle reach (gatherStatics).
 */
export function checkPlacement(model: PlanModel, store: StandStore, slot: number, near: Neighbourhood, out: Violation[]): void {
  const hall = model.halls[store.hall[slot]!];
  if (!hall) return;
  checkOutline(model, hall, store, slot, near, out);
  checkObstacles(model, hall, store, slot, near, out);
  checkExits(model, hall, store, slot, out);
}

/** Distance from a stand to the nearest of the listed walls (Infinity when none is listed). */
export function distanceToWalls(hall: HallModel, store: StandStore, slot: number, near: Neighbourhood): number {
  const c = store.corners;
  const co = slot * 8;
  const b = store.bounds;
  const bo = slot * 4;
  const isBox = (store.flags[slot]! & FLAG_BOX) !== 0;
  let best = Infinity;
  for (let k = 0; k < near.walls.length; k++) {
    const w = near.walls.items[k]!;
    const wall = hall.walls[w]!;
    if (isBox && (wall[0] === wall[2] || wall[1] === wall[3])) {
      const wb = 4 * w;
      const bounds = hall.wallBounds;
      measureBoxes(b[bo]!, b[bo + 1]!, b[bo + 2]!, b[bo + 3]!, bounds[wb]!, bounds[wb + 1]!, bounds[wb + 2]!, bounds[wb + 3]!);
    } else {
      measureConvex(c, co, 4, wall, 0, 2);
    }
    if (measured.distance < best) best = measured.distance;
  }
  return best;
}

function checkOutline(model: PlanModel, hall: HallModel, store: StandStore, slot: number, near: Neighbourhood, out: Violation[]): void {
  const c = store.corners;
  const co = slot * 8;
  const id = store.ids[slot]!;
  // No wall near: the stand cannot cross the outline, so one point tells inside from outside.
  const within =
    near.walls.length === 0
      ? pointInPolygonFlat(hall.outline, 0, hall.outlineN, (c[co]! + c[co + 4]!) / 2, (c[co + 1]! + c[co + 5]!) / 2)
      : convexWithin(c, co, 4, hall.outline, hall.outlineN);
  if (!within) out.push(makeViolation("stand.outside-hall", [id], { standId: id, hallId: hall.id }));
  if (near.walls.length === 0) return;
  const distance = distanceToWalls(hall, store, slot, near);
  const minM = model.settings.minAisleM;
  if (distance > EPS && distance < minM - EPS) {
    out.push(makeViolation("aisle.too-narrow", [id, hall.id], { standId: id, otherId: hall.id, otherKind: "hall", distanceM: distance, minM }));
  }
}

function checkObstacles(model: PlanModel, hall: HallModel, store: StandStore, slot: number, near: Neighbourhood, out: Violation[]): void {
  const c = store.corners;
  const co = slot * 8;
  const b = store.bounds;
  const bo = slot * 4;
  const isBox = (store.flags[slot]! & FLAG_BOX) !== 0;
  const id = store.ids[slot]!;
  const minM = model.settings.minAisleM;
  for (let k = 0; k < near.obstacles.length; k++) {
    const obstacle = hall.obstacles[near.obstacles.items[k]!]!;
    measureAgainstShape(c, co, 4, isBox, b[bo]!, b[bo + 1]!, b[bo + 2]!, b[bo + 3]!, obstacle.shape, model.aisleReach);
    const { penetration, distance } = measured;
    if (penetration > EPS) {
      const rule = obstacle.isPillar ? "stand.pillar" : "stand.obstacle";
      out.push(makeViolation(rule, [id, obstacle.id], { standId: id, obstacleId: obstacle.id, depthM: penetration }));
    } else if (!obstacle.isPillar && distance > EPS && distance < minM - EPS) {
      out.push(
        makeViolation("aisle.too-narrow", [id, obstacle.id], { standId: id, otherId: obstacle.id, otherKind: "obstacle", distanceM: distance, minM }),
      );
    }
  }
}

function checkExits(model: PlanModel, hall: HallModel, store: StandStore, slot: number, out: Violation[]): void {
  const c = store.corners;
  const co = slot * 8;
  const b = store.bounds;
  const bo = slot * 4;
  const isBox = (store.flags[slot]! & FLAG_BOX) !== 0;
  for (const exit of hall.exits) {
    const zone = exit.zone;
    if (!zone || zone.minX >= b[bo + 2]! || zone.maxX <= b[bo]! || zone.minY >= b[bo + 3]! || zone.maxY <= b[bo + 1]!) continue;
    measureAgainstShape(c, co, 4, isBox, b[bo]!, b[bo + 1]!, b[bo + 2]!, b[bo + 3]!, zone, 0);
    if (measured.penetration > EPS) {
      const id = store.ids[slot]!;
      out.push(makeViolation("exit.blocked", [exit.id, id], { exitId: exit.id, standId: id, clearanceM: model.settings.exitClearanceM }));
    }
  }
}
