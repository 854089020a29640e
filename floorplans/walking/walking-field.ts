import { buildFieldState } from "./build";
import type { FieldState } from "./field-state";
import { walkFrom } from "./query";
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
  /** Grid cell (m); 0.5 by default. Passages narrower than about one cell count as closed. */
  cellM?: number;
}

/**
 * Walking distance to the nearest door through the free floor of one hall (RULES.md,
 * exit.too-far): a shortest-path field over a grid, built once, queried in O(1) per stand and
 * repaired incrementally when stands move. Metres, y down.
 */
export class WalkingField {
  private constructor(private readonly state: FieldState) {}

  /** `options.extraSteps` exists for measurements (stencil.ts, README.md); the default is the one to use. */
  static build(input: WalkingFieldInput, options: { extraSteps?: [number, number][] } = {}): WalkingField {
    return new WalkingField(buildFieldState(input, options.extraSteps));
  }

  /** Walking distance (m) from `point` (on a blocker's boundary) leaving along unit vector `outward`, to the nearest door's middle; Infinity if unreachable. */
  distanceFrom(point: [number, number], outward: [number, number]): number {
    return walkFrom(this.state, point, outward);
  }

  /** Add, move or remove blockers (polygon null = removed); updates the field incrementally; distanceFrom reflects the change. */
  update(changes: { id: string; polygon: [number, number][] | null }[]): void {
    repair(this.state, changes);
  }
}
