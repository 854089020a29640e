import { roundCoord } from "./geometry";
import type { XY } from "./types";

/** Half a metre: stand sizes and aisle widths are quoted to the half metre on trade-fair plans. */
export const DEFAULT_GRID_M = 0.5;

/**
 * A snap step for commands: the grid, or null when snapping is off. Alt suspends snapping for the
 * duration of the gesture (the view passes the modifier state of the pointer event).
 */
export type SnapStep = number | null | undefined;

export function resolveSnapStep(gridM: number, modifiers: { readonly altKey: boolean }): number | null {
  return modifiers.altKey || !(gridM > 0) ? null : gridM;
}

export function snapValue(value: number, step: SnapStep): number {
  if (step === null || step === undefined || !(step > 0)) return value;
  return roundCoord(Math.round(value / step) * step);
}

export function snapPoint(p: XY, step: SnapStep): [number, number] {
  return [snapValue(p[0], step), snapValue(p[1], step)];
}

/** Default rotation step (degrees): stands turn by quarter turns unless the modifier frees them. */
export const DEFAULT_ROTATION_STEP = 90;

export function snapAngle(deg: number, step: SnapStep): number {
  if (step === null || step === undefined || !(step > 0)) return deg;
  return Math.round(deg / step) * step;
}

/** A valid grid step (metres) or null: finite, positive, and not absurdly small for a hall plan. */
export function parseGridStep(value: number): number | null {
  return Number.isFinite(value) && value >= 0.01 && value <= 100 ? value : null;
}
