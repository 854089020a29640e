import { EPS } from "../../geometry/constants";
import type { StandStore } from "../stand-store";

/** Grid cell (m): about two shell-scheme stands, so a stand and its reach span a few cells. */
const CELL_M = 6;

interface Span {
  hall: number;
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}

interface HallGrid {
  minX: number;
  minY: number;
  cols: number;
  rows: number;
  cells: number[][];
}

/**
 * The dynamic spatial index of the incremental engine: one uniform grid of stand boxes per hall
 * (cell lists, each stand in every cell its box meets). Moving a stand is a constant-time remove
 * and insert, where an R-tree's remove must search for the item first; Flatbush, being static,
 * serves the full run. Stands outside their hall's outline are clamped to the border cells.
 */
export class StandGrid {
  private readonly grids: HallGrid[];
  /** Cells holding each slot: first cell index and the span, to remove it without searching. */
  private readonly at: (Span | undefined)[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  constructor(outlines: readonly Float64Array[]) {
    this.grids = outlines.map((xy) => {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < xy.length; i += 2) {
        minX = Math.min(minX, xy[i]!);
        maxX = Math.max(maxX, xy[i]!);
        minY = Math.min(minY, xy[i + 1]!);
        maxY = Math.max(maxY, xy[i + 1]!);
      }
      const cols = Math.max(1, Math.ceil((maxX - minX) / CELL_M));
      const rows = Math.max(1, Math.ceil((maxY - minY) / CELL_M));
      return { minX, minY, cols, rows, cells: Array.from({ length: cols * rows }, () => []) };
    });
  }

  private col(g: HallGrid, x: number): number {
    const c = Math.floor((x - g.minX) / CELL_M);
    return c < 0 ? 0 : c >= g.cols ? g.cols - 1 : c;
  }

  private row(g: HallGrid, y: number): number {
    const r = Math.floor((y - g.minY) / CELL_M);
    return r < 0 ? 0 : r >= g.rows ? g.rows - 1 : r;
  }

  load(store: StandStore, slots: Iterable<number>, hall: number): void {
    for (const slot of slots) this.insertInto(store, slot, hall);
  }

  insert(store: StandStore, slot: number): void {
    const hall = store.hall[slot]!;
    if (hall >= 0) this.insertInto(store, slot, hall);
  }

  private insertInto(store: StandStore, slot: number, hall: number): void {
    const g = this.grids[hall]!;
    const b = store.bounds;
    const span: Span = { hall, c0: this.col(g, b[4 * slot]!), c1: this.col(g, b[4 * slot + 2]!), r0: this.row(g, b[4 * slot + 1]!), r1: this.row(g, b[4 * slot + 3]!) };
    for (let r = span.r0; r <= span.r1; r++) for (let c = span.c0; c <= span.c1; c++) g.cells[r * g.cols + c]!.push(slot);
    this.at[slot] = span;
  }

  remove(slot: number): void {
    const span = this.at[slot];
    if (!span) return;
    const g = this.grids[span.hall]!;
    for (let r = span.r0; r <= span.r1; r++) {
      for (let c = span.c0; c <= span.c1; c++) {
        const cell = g.cells[r * g.cols + c]!;
        const i = cell.indexOf(slot);
        cell[i] = cell[cell.length - 1]!;
        cell.pop();
      }
    }
    this.at[slot] = undefined;
  }

  /** Slots of the stands of `hall` whose boxes come within `reach` of the box given. */
  near(hall: number, minX: number, minY: number, maxX: number, maxY: number, reach: number, into: { push(slot: number): void }, store: StandStore): void {
    const g = this.grids[hall];
    if (!g) return;
    const x0 = minX - reach;
    const y0 = minY - reach;
    const x1 = maxX + reach;
    const y1 = maxY + reach;
    const stamp = ++this.stamp;
    const seen = this.seen;
    const b = store.bounds;
    for (let r = this.row(g, y0), r1 = this.row(g, y1); r <= r1; r++) {
      for (let c = this.col(g, x0), c1 = this.col(g, x1); c <= c1; c++) {
        const cell = g.cells[r * g.cols + c]!;
        for (let k = 0; k < cell.length; k++) {
          const s = cell[k]!;
          if (seen[s] === stamp) continue;
          seen[s] = stamp;
          if (b[4 * s]! <= x1 && b[4 * s + 2]! >= x0 && b[4 * s + 1]! <= y1 && b[4 * s + 3]! >= y0) into.push(s);
        }
      }
    }
  }

  /** Stands within ε of the slot's current box (the ones whose access it can change). */
  touching(store: StandStore, slot: number, into: { push(slot: number): void }): void {
    const b = store.bounds;
    const hall = store.hall[slot]!;
    if (hall >= 0) this.near(hall, b[4 * slot]!, b[4 * slot + 1]!, b[4 * slot + 2]!, b[4 * slot + 3]!, 2 * EPS, into, store);
  }
}
