import type { Stencil } from "./stencil";

export type Point = [number, number];

/**
 * A row-major raster over the hall's bounding box, padded by `pad` always-blocked cells so
 * that the stencil never needs a bounds check. Cell (i, j) has its centre at
 * (x0 + (i + ½)·cellM, y0 + (j + ½)·cellM); index = j·nx + i.
 */
export interface Grid {
  readonly cellM: number;
  readonly x0: number;
  readonly y0: number;
  readonly nx: number;
  readonly ny: number;
}

export function gridAround(outline: readonly Point[], cellM: number, pad: number): Grid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outline) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const nx = Math.ceil((maxX - minX) / cellM) + 2 * pad;
  const ny = Math.ceil((maxY - minY) / cellM) + 2 * pad;
  return { cellM, x0: minX - pad * cellM, y0: minY - pad * cellM, nx, ny };
}

/** Column whose centre is the first at or after x (may lie outside the grid). */
export function firstColumnFrom(grid: Grid, x: number): number {
  return Math.ceil((x - grid.x0) / grid.cellM - 0.5);
}

/** Column whose centre is the last at or before x (may lie outside the grid). */
export function lastColumnUpTo(grid: Grid, x: number): number {
  return Math.floor((x - grid.x0) / grid.cellM - 0.5);
}

/** Column whose centre is the first strictly after x. */
export function firstColumnAfter(grid: Grid, x: number): number {
  return Math.floor((x - grid.x0) / grid.cellM - 0.5) + 1;
}

/** Column whose centre is the last strictly before x. */
export function lastColumnBefore(grid: Grid, x: number): number {
  return Math.ceil((x - grid.x0) / grid.cellM - 0.5) - 1;
}

export function firstRowFrom(grid: Grid, y: number): number {
  return Math.ceil((y - grid.y0) / grid.cellM - 0.5);
}

export function lastRowUpTo(grid: Grid, y: number): number {
  return Math.floor((y - grid.y0) / grid.cellM - 0.5);
}

/** Index of the cell containing (x, y), or -1 outside the grid. */
export function cellAt(grid: Grid, x: number, y: number): number {
  const i = Math.floor((x - grid.x0) / grid.cellM);
  const j = Math.floor((y - grid.y0) / grid.cellM);
  if (i < 0 || j < 0 || i >= grid.nx || j >= grid.ny) return -1;
  return j * grid.nx + i;
}

export function centreX(grid: Grid, cell: number): number {
  return grid.x0 + ((cell % grid.nx) + 0.5) * grid.cellM;
}

export function centreY(grid: Grid, cell: number): number {
  return grid.y0 + (Math.floor(cell / grid.nx) + 0.5) * grid.cellM;
}

/** The stencil as flat index offsets for one grid width: what the hot loops read. */
export interface Steps {
  readonly count: number;
  /** offset and weight of each step, interleaved: the one table the hot loop reads. */
  readonly stepData: Int32Array;
  readonly offset: Int32Array;
  readonly weight: Int32Array;
  readonly crossStart: Int32Array;
  readonly cross: Int32Array;
  /** The corner pair of each step (both 0, the step's own start, when it has none). */
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /** Every cell a step depends on (crossed or corner pair), with its step: what a changed cell opens or closes. */
  readonly touch: Int32Array;
  readonly touchStep: Int32Array;
  /** The step going back: offset[opposite[d]] = −offset[d], same weight (the stencil is symmetric). */
  readonly opposite: Int32Array;
}

export function bindStencil(stencil: Stencil, nx: number): Steps {
  const count = stencil.dx.length;
  const offset = new Int32Array(count);
  for (let d = 0; d < count; d++) offset[d] = stencil.dy[d]! * nx + stencil.dx[d]!;
  const cross = new Int32Array(stencil.crossDx.length);
  const pairA = new Int32Array(count);
  const pairB = new Int32Array(count);
  const touch: number[] = [];
  const touchStep: number[] = [];
  for (let d = 0; d < count; d++) {
    for (let k = stencil.crossStart[d]!; k < stencil.crossStart[d + 1]!; k++) {
      cross[k] = stencil.crossDy[k]! * nx + stencil.crossDx[k]!;
      touch.push(cross[k]!);
      touchStep.push(d);
    }
    pairA[d] = stencil.pairDy[2 * d]! * nx + stencil.pairDx[2 * d]!;
    pairB[d] = stencil.pairDy[2 * d + 1]! * nx + stencil.pairDx[2 * d + 1]!;
    if (pairA[d] !== 0) touch.push(pairA[d]!, pairB[d]!);
    if (pairA[d] !== 0) touchStep.push(d, d);
  }
  const stepData = new Int32Array(2 * count);
  for (let d = 0; d < count; d++) {
    stepData[2 * d] = offset[d]!;
    stepData[2 * d + 1] = stencil.weight[d]!;
  }
  const opposite = new Int32Array(count);
  for (let d = 0; d < count; d++) {
    const back = offset.indexOf(-offset[d]!);
    if (back < 0 || stencil.weight[back] !== stencil.weight[d]) throw new RangeError("walking field: the stencil must be symmetric");
    opposite[d] = back;
  }
  return {
    count,
    stepData,
    opposite,
    offset,
    weight: stencil.weight,
    crossStart: stencil.crossStart,
    cross,
    pairA,
    pairB,
    touch: Int32Array.from(touch),
    touchStep: Int32Array.from(touchStep),
  };
}
