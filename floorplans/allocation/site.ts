import Flatbush from "flatbush";
import { EPS } from "../geometry/constants";
import { convexWithin, pointWithin } from "../geometry/containment";
import { writeRectCorners } from "../geometry/rect";
import { prepareConvex, prepareShape, shapeDistance, type PreparedShape } from "../geometry/shape";
import type { Plan, Stand } from "../format/schema";

/**
 * Geometry of a plan's stands as the allocator needs it: shapes, bounding boxes, pavilion
 * membership, and exact stand-to-stand distances behind a Flatbush index (each query meets only
 * the stands within reach, never all pairs). Distances are cached: the solver and the local
 * search ask for the same pairs again and again.
 */
export class Site {
  readonly corners: Float64Array;
  /** minX, minY, maxX, maxY per stand. */
  readonly bounds: Float64Array;
  private readonly shapes: (PreparedShape | undefined)[];
  private readonly zoneShapes = new Map<string, { hallId: string; shape: PreparedShape }>();
  private readonly distances = new Map<number, number>();
  private readonly index: Flatbush | null;

  constructor(readonly plan: Plan) {
    const n = plan.stands.length;
    this.corners = new Float64Array(n * 8);
    this.bounds = new Float64Array(n * 4);
    this.shapes = new Array(n);
    plan.stands.forEach((s, i) => {
      writeRectCorners(this.corners, i * 8, s.x, s.y, s.width, s.depth, s.rotation);
      let minX = Infinity,
        minY = Infinity,
        maxX = -Infinity,
        maxY = -Infinity;
      for (let k = 0; k < 4; k++) {
        const x = this.corners[i * 8 + 2 * k]!;
        const y = this.corners[i * 8 + 2 * k + 1]!;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      this.bounds.set([minX, minY, maxX, maxY], i * 4);
    });
    for (const z of plan.zones) {
      if (z.kind === "pavilion")
        this.zoneShapes.set(z.id, { hallId: z.hallId, shape: prepareShape(z.polygon) });
    }
    if (n > 0) {
      this.index = new Flatbush(n);
      for (let i = 0; i < n; i++) {
        const o = i * 4;
        this.index.add(this.bounds[o]!, this.bounds[o + 1]!, this.bounds[o + 2]!, this.bounds[o + 3]!);
      }
      this.index.finish();
    } else this.index = null;
  }

  stand(i: number): Stand {
    return this.plan.stands[i]!;
  }

  area(i: number): number {
    const s = this.stand(i);
    return s.width * s.depth;
  }

  private shape(i: number): PreparedShape {
    let shape = this.shapes[i];
    if (!shape) {
      shape = prepareConvex(this.corners.slice(i * 8, i * 8 + 8));
      this.shapes[i] = shape;
    }
    return shape;
  }

  /** Exact distance between two stands (Infinity in different halls). */
  distance(i: number, j: number): number {
    if (i === j) return 0;
    if (this.stand(i).hallId !== this.stand(j).hallId) return Infinity;
    const key = i < j ? i * this.plan.stands.length + j : j * this.plan.stands.length + i;
    let d = this.distances.get(key);
    if (d === undefined) {
      d = shapeDistance(this.shape(i), this.shape(j));
      this.distances.set(key, d);
    }
    return d;
  }

  /** Stands (indices, ascending) whose distance to stand i is below `limit` − ε: competitor reach. */
  closerThan(i: number, limit: number): number[] {
    return this.within(i, limit).filter((j) => j !== i && this.distance(i, j) < limit - EPS);
  }

  /** Stands (indices, ascending) within `limit` + ε of stand i: the reach of a near wish. */
  withinDistance(i: number, limit: number): number[] {
    return this.within(i, limit).filter((j) => j !== i && this.distance(i, j) <= limit + EPS);
  }

  private within(i: number, limit: number): number[] {
    if (!this.index) return [];
    const o = i * 4;
    const r = limit + EPS;
    const hits = this.index.search(
      this.bounds[o]! - r,
      this.bounds[o + 1]! - r,
      this.bounds[o + 2]! + r,
      this.bounds[o + 3]! + r,
    );
    return hits.filter((j) => this.stand(j).hallId === this.stand(i).hallId).sort((a, b) => a - b);
  }

  /** The stand lies entirely within the pavilion zone (the pavilion.outside reading). */
  insidePavilion(i: number, zoneId: string): boolean {
    const zone = this.zoneShapes.get(zoneId);
    if (!zone || zone.hallId !== this.stand(i).hallId) return false;
    return convexWithin(this.corners, i * 8, 4, zone.shape.xy, zone.shape.n);
  }

  /** Pavilion zones whose area holds the stand's centre (the pavilion.intruder reading). */
  pavilionsAtCentre(i: number): string[] {
    const c = this.corners;
    const o = i * 8;
    const cx = (c[o]! + c[o + 4]!) / 2;
    const cy = (c[o + 1]! + c[o + 5]!) / 2;
    const out: string[] = [];
    for (const [id, zone] of this.zoneShapes) {
      if (zone.hallId === this.stand(i).hallId && pointWithin(zone.shape.xy, zone.shape.n, cx, cy))
        out.push(id);
    }
    return out;
  }

  /** |dx| + |dy| from a point to the stand's bounding box (the cable run of power.out-of-reach). */
  cableRun(i: number, at: readonly [number, number]): number {
    const o = i * 4;
    const dx = Math.max(this.bounds[o]! - at[0], 0, at[0] - this.bounds[o + 2]!);
    const dy = Math.max(this.bounds[o + 1]! - at[1], 0, at[1] - this.bounds[o + 3]!);
    return dx + dy;
  }
}
