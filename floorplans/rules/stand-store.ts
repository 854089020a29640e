import { EPS } from "../geometry/constants";
import { isQuarterTurn, writeRectCorners } from "../geometry/rect";
import type { Stand } from "../format/schema";
import { NOISE_NORMAL, type PlanModel } from "./plan-model";

export const FLAG_LIVE = 1;
/** Axis-aligned (rotation a multiple of 90°): the corners are the bounding box. */
export const FLAG_BOX = 2;
export const FLAG_COVERED = 4;

export const NO_BOX = -1;
export const UNKNOWN_BOX = -2;

/**
 * Stands as parallel typed arrays ("structure of arrays"): corners, bounding boxes and the
 * indices the rules read, so the hot loops neither chase object fields nor allocate. The full run
 * uses slot = index in plan.stands; the incremental engine reuses freed slots.
 */
export class StandStore {
  capacity = 0;
  ids: string[] = [];
  stands: (Stand | null)[] = [];
  corners = new Float64Array(0);
  /** minX, minY, maxX, maxY per slot. */
  bounds = new Float64Array(0);
  area = new Float64Array(0);
  /** How far (m) the pair rules of this stand look for neighbours. */
  reach = new Float64Array(0);
  hall = new Int32Array(0);
  exhibitor = new Int32Array(0);
  powerBox = new Int32Array(0);
  noise = new Int8Array(0);
  flags = new Uint8Array(0);
  /** Side (0–3) whose free stretch leads out of the stand, or -1 when none is free. */
  accessSide = new Int8Array(0);
  /** Middle of that free stretch and the side's outward unit normal: x, y, nx, ny. */
  accessPoint = new Float64Array(0);

  constructor(capacity: number) {
    this.grow(Math.max(capacity, 8));
  }

  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    const copy = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(old: T, make: (n: number) => T, per: number): T => {
      const next = make(capacity * per);
      next.set(old);
      return next;
    };
    this.corners = copy(this.corners, (n) => new Float64Array(n), 8);
    this.bounds = copy(this.bounds, (n) => new Float64Array(n), 4);
    this.area = copy(this.area, (n) => new Float64Array(n), 1);
    this.reach = copy(this.reach, (n) => new Float64Array(n), 1);
    this.hall = copy(this.hall, (n) => new Int32Array(n), 1);
    this.exhibitor = copy(this.exhibitor, (n) => new Int32Array(n), 1);
    this.powerBox = copy(this.powerBox, (n) => new Int32Array(n), 1);
    this.noise = copy(this.noise, (n) => new Int8Array(n), 1);
    this.flags = copy(this.flags, (n) => new Uint8Array(n), 1);
    this.accessSide = copy(this.accessSide, (n) => new Int8Array(n), 1);
    this.accessPoint = copy(this.accessPoint, (n) => new Float64Array(n), 4);
    this.capacity = capacity;
  }

  write(slot: number, stand: Stand, model: PlanModel): void {
    if (slot >= this.capacity) this.grow(Math.max(slot + 1, this.capacity * 2));
    const c = this.corners;
    const o = slot * 8;
    writeRectCorners(c, o, stand.x, stand.y, stand.width, stand.depth, stand.rotation);
    const b = slot * 4;
    const bounds = this.bounds;
    if (stand.rotation === 0) {
      bounds[b] = c[o]!;
      bounds[b + 1] = c[o + 1]!;
      bounds[b + 2] = c[o + 4]!;
      bounds[b + 3] = c[o + 5]!;
    } else {
      bounds[b] = Math.min(c[o]!, c[o + 2]!, c[o + 4]!, c[o + 6]!);
      bounds[b + 1] = Math.min(c[o + 1]!, c[o + 3]!, c[o + 5]!, c[o + 7]!);
      bounds[b + 2] = Math.max(c[o]!, c[o + 2]!, c[o + 4]!, c[o + 6]!);
      bounds[b + 3] = Math.max(c[o + 1]!, c[o + 3]!, c[o + 5]!, c[o + 7]!);
    }
    this.ids[slot] = stand.id;
    this.stands[slot] = stand;
    this.area[slot] = stand.width * stand.depth;
    this.hall[slot] = model.hallIndex.get(stand.hallId) ?? -1;
    const ex = stand.exhibitorId === null ? -1 : (model.exhibitorIndex.get(stand.exhibitorId) ?? -1);
    this.exhibitor[slot] = ex;
    this.powerBox[slot] = stand.powerBoxId === null ? NO_BOX : (model.boxIndex.get(stand.powerBoxId) ?? UNKNOWN_BOX);
    const noise = ex < 0 ? NOISE_NORMAL : model.exhibitors[ex]!.noise;
    this.noise[slot] = noise;
    this.flags[slot] = FLAG_LIVE | (stand.rotation === 0 || isQuarterTurn(stand.rotation) ? FLAG_BOX : 0) | (stand.covered ? FLAG_COVERED : 0);
    const s = model.settings;
    // A pair rule applies only when both stands carry its property (covered, loud/quiet), so a
    // radius that depends on the stand alone still finds every pair from either side.
    let reach = model.aisleReach;
    if (stand.covered) reach = Math.max(reach, s.coveredMinGapM + EPS);
    if (noise !== NOISE_NORMAL) reach = Math.max(reach, s.noiseBufferM + EPS);
    this.reach[slot] = reach;
    this.accessSide[slot] = -1;
  }

  clear(slot: number): void {
    this.flags[slot] = 0;
    this.stands[slot] = null;
  }

  isLive(slot: number): boolean {
    return (this.flags[slot]! & FLAG_LIVE) !== 0;
  }

  /** A store of the plan's stands, slot = index in plan.stands. */
  static fromPlan(model: PlanModel, into: StandStore = new StandStore(model.plan.stands.length)): StandStore {
    const stands = model.plan.stands;
    into.grow(stands.length);
    for (let i = 0; i < stands.length; i++) into.write(i, stands[i]!, model);
    return into;
  }
}
