import type { AllocationInstance } from "./instance";
import { LinearModel } from "./linear-model";

/**
 * MIP formulations of the hard problem. Both maximise Σ value(e, s)·x[e, s] with
 * value = P·priority + (C − cost): C exceeds every cost (waste + intrusion), so placing someone
 * always pays, and P outweighs all the costs together, so one more unit of priority placed is
 * worth more than any saving in waste (exact for integer priorities).
 *
 * - `compactFormulation` (the one the allocator uses): columns only for compatible pairs; a
 *   power row only where the box or hall could actually be overloaded; competitor constraints as
 *   conflict rows x[a,s] + Σ_{t near s} x[b,t] ≤ 1 built from the spatial index — one row per
 *   candidate stand of a, which is both smaller and tighter than one row per pair of stands.
 * - `plainFormulation` (the benchmark's baseline): every exhibitor × free stand column (the
 *   incompatible ones bounded to 0), every box and hall row, and x[a,s] + x[b,t] ≤ 1 for every
 *   pair of stands closer than the competitor distance.
 */

export interface Formulation {
  model: LinearModel;
  /** For each column: toPlace index and stand index. */
  columns: { k: number; s: number }[];
}

export function objectiveWeights(inst: AllocationInstance): { P: number; C: number } {
  let maxCost = 0;
  let placeable = 0;
  inst.toPlace.forEach((t, k) => {
    if (t.candidates.length > 0) placeable++;
    for (const s of t.candidates) maxCost = Math.max(maxCost, inst.cost(k, s));
  });
  const C = Math.ceil(maxCost) + 1;
  return { C, P: placeable * C + 1 };
}

export function pairValue(
  inst: AllocationInstance,
  w: { P: number; C: number },
  k: number,
  s: number,
): number {
  return w.P * inst.toPlace[k]!.exhibitor.priority + (w.C - inst.cost(k, s));
}

function listIn<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function powerRows(inst: AllocationInstance, f: Formulation, pruneRedundant: boolean): void {
  const { plan, budget } = inst;
  const byBox = new Map<string, number[]>();
  const byHall = new Map<string, number[]>();
  f.columns.forEach(({ k, s }, j) => {
    if (inst.toPlace[k]!.exhibitor.powerKw <= 0) return;
    const stand = plan.stands[s]!;
    if (stand.powerBoxId !== null) listIn(byBox, stand.powerBoxId).push(j);
    listIn(byHall, stand.hallId).push(j);
  });
  const add = (cols: number[], residual: number) => {
    if (!Number.isFinite(residual)) return;
    const kw = cols.map((j) => inst.toPlace[f.columns[j]!.k]!.exhibitor.powerKw);
    if (pruneRedundant) {
      // Each exhibitor takes one stand at most: the worst load counts each of them once.
      const worst = new Map<number, number>();
      cols.forEach((j, i) => worst.set(f.columns[j]!.k, kw[i]!));
      if ([...worst.values()].reduce((a, b) => a + b, 0) <= residual + 1e-9) return;
    }
    f.model.addRow(cols, kw, Math.max(0, residual));
  };
  for (const [box, cols] of [...byBox].sort(([a], [b]) => (a < b ? -1 : 1)))
    add(cols, budget.boxResidual.get(box) ?? 0);
  for (const [hall, cols] of [...byHall].sort(([a], [b]) => (a < b ? -1 : 1)))
    add(cols, budget.hallResidual.get(hall) ?? Infinity);
}

function assignmentRows(f: Formulation, columnsOf: Map<number, number>[]): void {
  const byStand = new Map<number, number[]>();
  columnsOf.forEach((cols) => {
    if (cols.size > 0) f.model.addRow([...cols.values()], 1, 1);
    for (const [s, j] of cols) listIn(byStand, s).push(j);
  });
  for (const s of [...byStand.keys()].sort((a, b) => a - b)) {
    const cols = byStand.get(s)!;
    if (cols.length > 1) f.model.addRow(cols, 1, 1);
  }
}

export function compactFormulation(inst: AllocationInstance): Formulation {
  const w = objectiveWeights(inst);
  const f: Formulation = { model: new LinearModel(), columns: [] };
  const columnsOf = inst.toPlace.map((t, k) => {
    const cols = new Map<number, number>();
    for (const s of t.candidates) {
      cols.set(s, f.model.addColumn(pairValue(inst, w, k, s)));
      f.columns.push({ k, s });
    }
    return cols;
  });
  assignmentRows(f, columnsOf);
  powerRows(inst, f, true);
  const minM = inst.settings.competitorMinDistanceM;
  // Each stand's neighbours are looked up once, not once per competitor pair.
  const nearby = new Map<number, number[]>();
  const closerThan = (s: number) => {
    let list = nearby.get(s);
    if (!list) {
      list = inst.site.closerThan(s, minM);
      nearby.set(s, list);
    }
    return list;
  };
  const row: number[] = [];
  inst.toPlace.forEach((t, a) => {
    for (const b of t.competitors) {
      if (b < a || columnsOf[b]!.size === 0) continue;
      const other = columnsOf[b]!;
      for (const [s, j] of columnsOf[a]!) {
        row.length = 0;
        row.push(j);
        for (const u of closerThan(s)) {
          const col = other.get(u);
          if (col !== undefined) row.push(col);
        }
        if (row.length > 1) f.model.addRow(row, 1, 1);
      }
    }
  });
  return f;
}

export function plainFormulation(inst: AllocationInstance): Formulation {
  const w = objectiveWeights(inst);
  const f: Formulation = { model: new LinearModel(), columns: [] };
  const columnsOf = inst.toPlace.map((t, k) => {
    const ok = new Set(t.candidates);
    const cols = new Map<number, number>();
    for (const s of inst.freeStands) {
      const compatible = ok.has(s);
      cols.set(s, f.model.addColumn(compatible ? pairValue(inst, w, k, s) : 0, compatible ? 1 : 0));
      f.columns.push({ k, s });
    }
    return cols;
  });
  assignmentRows(f, columnsOf);
  powerRows(inst, f, false);
  const minM = inst.settings.competitorMinDistanceM;
  const free = new Set(inst.freeStands);
  inst.toPlace.forEach((t, a) => {
    for (const b of t.competitors) {
      if (b < a) continue;
      for (const s of inst.freeStands) {
        for (const u of inst.site.closerThan(s, minM)) {
          if (free.has(u)) f.model.addRow([columnsOf[a]!.get(s)!, columnsOf[b]!.get(u)!], 1, 1);
        }
        // A stand cannot hold both (one exhibitor per stand already says so), but the pair rows
        // of the textbook model list it too.
        f.model.addRow([columnsOf[a]!.get(s)!, columnsOf[b]!.get(s)!], 1, 1);
      }
    }
  });
  return f;
}
