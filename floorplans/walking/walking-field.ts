import { buildFieldState, type FieldScratch } from "./build";
import type { FieldState } from "./field-state";
import { changedAreas, walkFrom } from "./query";
import { repair } from "./repair";

/** A stand or obstacle of the hall, any kind: a rotated rectangle's corners or any simple polygon. */
export interface WalkingBlocker {
  id: string;
  polygon: [number, number][];
}

/** An exit: the door segment a–b on the hall outline; walks end at its middle. */
export interface WalkingDoor {
  id: string;
  a: [number, number];
  b: [number, number];
}

export interface WalkingFieldInput {
  outline: [number, number][];
  doors: WalkingDoor[];
  blockers: WalkingBlocker[];
  /**
   * More blockers, axis-aligned rectangles given by their bounds (minX, minY, maxX, maxY per
   * rectangle, the same as a blocker with those four corners) that no update will move: no id,
   * no polygon to allocate. For a field built once and only queried (validatePlan's).
   */
  rects?: Float64Array;
  /** Grid cell (m); 0.5 by default. Passages narrower than about one cell count as closed. */
  cellM?: number;
}

/**
 * Walking distance to the nearest door through the free floor of one hall (RULES.md,
 * exit.too-far): a shortest-path field over a grid, built once, queried in O(1) per stand and
 * repaired incrementally when stands move. Metres, y down.
 */
export class WalkingField {
  private constructor(
    private readonly state: FieldState,
    /** Built on a scratch: its blockers were not kept, so it cannot be updated. */
    private readonly frozen: boolean,
  ) {}

  /**
   * `options.extraSteps` exists for measurements (stencil.ts, README.md); the default is the one to use.
   * `options.scratch` lends the field its buffers (see FieldScratch): the field is then valid only
   * until the next build on that scratch, and must not be updated afterwards.
   */
  static build(input: WalkingFieldInput, options: { extraSteps?: [number, number][]; scratch?: FieldScratch } = {}): WalkingField {
    return new WalkingField(buildFieldState(input, options.extraSteps, options.scratch), options.scratch !== undefined);
  }

  /** Walking distance (m) from `point` (on a blocker's boundary) leaving along unit vector `outward`, to the nearest door's middle; Infinity if unreachable. */
  distanceFrom(point: [number, number], outward: [number, number]): number {
    return walkFrom(this.state, point, outward);
  }

  /**
   * Add, move or remove blockers (polygon null = removed); updates the field incrementally;
   * distanceFrom reflects the change. Returns boxes (minX, minY, maxX, maxY in metres, one after
   * the other) outside of which no distanceFrom answer changed: a caller holding answers for many
   * points asks again only for the points inside them.
   */
  update(changes: { id: string; polygon: [number, number][] | null }[]): number[] {
    if (this.frozen) throw new Error("walking field: a field built on a scratch cannot be updated");
    repair(this.state, changes);
    return changedAreas(this.state);
  }
}
