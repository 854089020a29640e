import type { Highs } from "highs";
import { solveModel, type SolveResult } from "./highs-solve";
import { LinearModel } from "./linear-model";

/**
 * Solves the hard problem on a small core of columns and proves the answer optimal for the whole
 * model (price and branch):
 * 1. the LP relaxation of a core (each exhibitor's cheapest stands) is solved; the row duals price
 *    every column left out (reduced cost = value − Σ a·dual); columns that would improve the LP
 *    join the core, until none does — the core's LP value is then the whole LP relaxation's;
 * 2. the MIP is solved on the core. Any solution using a column left out is worth at most
 *    LP + its reduced cost, so when the MIP's value is within the gap of every reduced cost left
 *    out it is optimal for the whole model; otherwise the columns that could still pay join and
 *    the MIP runs again.
 * Assignment LPs of this kind are highly degenerate; a core of a few stands per exhibitor makes
 * them an order of magnitude smaller than the full model.
 */

export interface HardSolution {
  x: Float64Array;
  objective: number;
  /**
   * LP relaxation of the whole model; when the time limit stopped the pricing first, the
   * Lagrangian bound of the last round (LP of the core + each group's best reduced cost), which is
   * above the LP relaxation but still a valid bound (Infinity when not even one round finished).
   */
  lpBound: number;
  /** Proven upper bound of the whole MIP (Infinity when none). */
  mipBound: number;
  status: "optimal" | "time-limit" | "empty";
  coreColumns: number;
  pricingRounds: number;
  /** Wall seconds per phase (the benchmark prints them). */
  phases: PhaseTimes;
}

export interface PhaseTimes {
  /** Building the restricted models (core sub-matrices). */
  restrict: number;
  /** HiGHS on the LP relaxations of the core, one entry per pricing round. */
  lp: number[];
  /** Reduced costs of the columns left out. */
  pricing: number;
  /** Greedy rounding of the last LP point. */
  rounding: number;
  /** HiGHS on the MIP, the face MIP included (0 when the rounding already met the LP bound). */
  mip: number;
  /** HiGHS on the MIP restricted to the LP's optimal face (part of `mip`). */
  face: number;
}

const TOLERANCE = 1e-6;
/** Reduced costs above −FACE_TOLERANCE count as 0 (objective values are ~1e6, duals exact to ~1e-7). */
const FACE_TOLERANCE = 1e-3;

interface Restricted {
  model: LinearModel;
  rows: number[];
}

function restrict(full: LinearModel, columns: readonly number[]): Restricted {
  const position = new Int32Array(full.columnCount).fill(-1);
  const model = new LinearModel();
  for (const j of columns) position[j] = model.addColumn(full.value[j]!, full.upper[j]!);
  const rows: number[] = [];
  const cols: number[] = [];
  const coefs: number[] = [];
  for (let r = 0; r < full.rowCount; r++) {
    cols.length = 0;
    coefs.length = 0;
    for (let p = full.rowStarts[r]!; p < full.rowStarts[r + 1]!; p++) {
      const q = position[full.rowIndices[p]!]!;
      if (q >= 0) {
        cols.push(q);
        coefs.push(full.rowValues[p]!);
      }
    }
    if (cols.length > 0) {
      model.addRow(cols, coefs, full.rowUpper[r]!);
      rows.push(r);
    }
  }
  return { model, rows };
}

/** Row lists per column (the transpose of the model's CSR rows). */
function columnRows(full: LinearModel): { starts: Int32Array; rows: Int32Array; coefs: Float64Array } {
  const count = new Int32Array(full.columnCount + 1);
  for (const j of full.rowIndices) count[j + 1]!++;
  for (let j = 0; j < full.columnCount; j++) count[j + 1]! += count[j]!;
  const fill = count.slice(0, full.columnCount);
  const rows = new Int32Array(full.rowIndices.length);
  const coefs = new Float64Array(full.rowIndices.length);
  for (let r = 0; r < full.rowCount; r++) {
    for (let p = full.rowStarts[r]!; p < full.rowStarts[r + 1]!; p++) {
      const at = fill[full.rowIndices[p]!]!++;
      rows[at] = r;
      coefs[at] = full.rowValues[p]!;
    }
  }
  return { starts: count, rows, coefs };
}

/**
 * Rounds an LP point greedily (columns by LP value, then by objective value, each kept when every
 * row still holds). When that is already worth the LP bound it is optimal and the MIP is skipped;
 * otherwise it is the MIP's starting incumbent.
 */
export function roundGreedily(m: LinearModel, lp: ArrayLike<number> | null): Float64Array {
  const n = m.columnCount;
  const transpose = columnRows(m);
  const activity = new Float64Array(m.rowCount);
  const x = new Float64Array(n);
  const order = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => (lp ? lp[b]! - lp[a]! : 0) || m.value[b]! - m.value[a]! || a - b,
  );
  for (const j of order) {
    if (m.value[j]! <= 0 || m.upper[j]! < 1) continue;
    let fits = true;
    for (let p = transpose.starts[j]!; p < transpose.starts[j + 1]! && fits; p++) {
      fits = activity[transpose.rows[p]!]! + transpose.coefs[p]! <= m.rowUpper[transpose.rows[p]!]! + 1e-9;
    }
    if (!fits) continue;
    x[j] = 1;
    for (let p = transpose.starts[j]!; p < transpose.starts[j + 1]!; p++)
      activity[transpose.rows[p]!]! += transpose.coefs[p]!;
  }
  return x;
}

/**
 * The MIP on the core, from the greedy rounding of the last LP point. When the pricing converged
 * the LP's duals also describe its optimal face: a 0–1 point worth the LP bound uses only columns
 * of reduced cost 0 and fills every row whose dual is positive (complementary slackness). The LP
 * relaxation is tight on allocation instances, so the MIP restricted to that face (columns of
 * negative reduced cost out, rows of positive dual as equations) comes first: it is much smaller
 * for presolve, and reaching the LP bound there proves optimality for the whole model. When it
 * does not (a gap between LP and MIP), the plain core MIP runs from the best point found.
 */
function solveOrRound(
  highs: Highs,
  m: LinearModel,
  point: Float64Array | null,
  lp: { bound: number; reduced: Float64Array; dual: Float64Array } | null,
  seconds: number,
  phases: PhaseTimes,
): SolveResult {
  const t0 = performance.now();
  const start = roundGreedily(m, point);
  const rounded = m.evaluate(start).value;
  phases.rounding += (performance.now() - t0) / 1000;
  if (lp && rounded >= lp.bound - TOLERANCE) {
    return { status: "optimal", x: start, objective: rounded, bound: rounded, seconds: 0 };
  }
  const t1 = performance.now();
  let best = start;
  if (lp) {
    const upper = Float64Array.from(m.upper, (u, j) => (lp.reduced[j]! < -FACE_TOLERANCE ? 0 : u));
    const rowLower = Float64Array.from(lp.dual, (d, r) =>
      d > FACE_TOLERANCE ? m.rowUpper[r]! : -highs.infinity,
    );
    const face = solveModel(highs, m, {
      seconds: seconds * 0.5,
      start: Float64Array.from(start, (v, j) => (upper[j]! > 0 ? v : 0)),
      upper,
      rowLower,
      restricted: true,
    });
    phases.face = (performance.now() - t1) / 1000;
    if (face.objective >= lp.bound - TOLERANCE) {
      phases.mip += phases.face;
      return { ...face, status: "optimal", bound: face.objective };
    }
    if (face.objective > rounded) best = face.x;
  }
  const mip = solveModel(highs, m, {
    seconds: Math.max(0.05, seconds - (performance.now() - t1) / 1000),
    start: best,
  });
  phases.mip += (performance.now() - t1) / 1000;
  return mip;
}

export function solveByPricing(
  highs: Highs,
  full: LinearModel,
  core: readonly number[],
  groupOf: (j: number) => number,
  deadline: number,
): HardSolution {
  const n = full.columnCount;
  const empty = {
    x: new Float64Array(n),
    objective: 0,
    lpBound: 0,
    mipBound: 0,
    status: "empty" as const,
    coreColumns: 0,
    pricingRounds: 0,
    phases: { restrict: 0, lp: [], pricing: 0, rounding: 0, mip: 0, face: 0 },
  };
  if (n === 0) return empty;
  const phases: PhaseTimes = { restrict: 0, lp: [], pricing: 0, rounding: 0, mip: 0, face: 0 };
  const timed = <T>(add: (s: number) => void, work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      add((performance.now() - t0) / 1000);
    }
  };
  const left = () => Math.max(0.05, (deadline - Date.now()) / 1000);
  const inCore = new Uint8Array(n);
  for (const j of core) inCore[j] = 1;
  const transpose = columnRows(full);
  const dual = new Float64Array(full.rowCount);
  const reducedCost = (j: number) => {
    let rc = full.value[j]!;
    for (let p = transpose.starts[j]!; p < transpose.starts[j + 1]!; p++)
      rc -= transpose.coefs[p]! * dual[transpose.rows[p]!]!;
    return rc;
  };
  const members = () => {
    const out: number[] = [];
    for (let j = 0; j < n; j++) if (inCore[j]) out.push(j);
    return out;
  };

  let rounds = 0;
  let lpValue = Infinity;
  let lastLp: { cols: number[]; x: Float64Array; dual: Float64Array } | null = null;
  let lagrangian = Infinity;
  let converged = false;
  while (Date.now() < deadline) {
    rounds++;
    const coreNow = members();
    const sub = timed(
      (s) => (phases.restrict += s),
      () => restrict(full, coreNow),
    );
    const lp = timed(
      (s) => phases.lp.push(s),
      () => solveModel(highs, sub.model, { relax: true, seconds: left() * 0.5, lpSolver: "simplex" }),
    );
    const pricingStarted = performance.now();
    if (lp.status !== "optimal" || !lp.rowDual) break;
    dual.fill(0);
    sub.rows.forEach((r, i) => (dual[r] = lp.rowDual![i]!));
    lpValue = lp.objective;
    lastLp = { cols: coreNow, x: lp.x, dual: lp.rowDual };
    // Per group (exhibitor), the few best improving columns join: enough to move, not a flood.
    const best = new Map<number, { j: number; rc: number }[]>();
    for (let j = 0; j < n; j++) {
      if (inCore[j]) continue;
      const rc = reducedCost(j);
      if (rc <= TOLERANCE) continue;
      const g = groupOf(j);
      const list = best.get(g) ?? [];
      list.push({ j, rc });
      best.set(g, list);
    }
    phases.pricing += (performance.now() - pricingStarted) / 1000;
    if (best.size === 0) {
      converged = true;
      break;
    }
    // Lagrangian bound of the whole LP (each group takes one column at most): valid even if the
    // time limit stops the pricing before it converges.
    let slack = 0;
    for (const list of best.values()) slack += Math.max(...list.map((c) => c.rc));
    lagrangian = Math.min(lagrangian, lpValue + slack);
    for (const list of best.values()) {
      list.sort((a, b) => b.rc - a.rc || a.j - b.j);
      for (const { j } of list.slice(0, 6)) inCore[j] = 1;
    }
  }

  let cols = members();
  let sub = timed(
    (s) => (phases.restrict += s),
    () => restrict(full, cols).model,
  );
  // The last LP point on the final core (columns it did not have count 0); its duals and reduced
  // costs only when the pricing converged (the core is then the one that LP was solved on).
  let lpPoint: Float64Array | null = null;
  if (lastLp) {
    const at = new Map(lastLp.cols.map((j, i) => [j, lastLp!.x[i]!]));
    lpPoint = Float64Array.from(cols, (j) => at.get(j) ?? 0);
  }
  let mip = solveOrRound(
    highs,
    sub,
    lpPoint,
    converged && lastLp
      ? { bound: lpValue, reduced: Float64Array.from(cols, reducedCost), dual: lastLp.dual }
      : null,
    left() * 0.9,
    phases,
  );
  if (converged && mip.status === "optimal" && mip.objective < lpValue - TOLERANCE) {
    // Columns whose reduced cost leaves room within the gap could still improve: let them in.
    const gap = lpValue - mip.objective;
    let added = 0;
    for (let j = 0; j < n; j++) {
      if (!inCore[j] && reducedCost(j) > -gap - TOLERANCE) {
        inCore[j] = 1;
        added++;
      }
    }
    if (added > 0) {
      const previous = new Map(cols.map((j, i) => [j, mip.x[i]!]));
      cols = members();
      sub = restrict(full, cols).model;
      const start = Float64Array.from(cols, (j) => previous.get(j) ?? 0);
      mip = timed(
        (s) => (phases.mip += s),
        () => solveModel(highs, sub, { seconds: left() * 0.9, start }),
      );
    }
  }
  const x = new Float64Array(n);
  cols.forEach((j, i) => (x[j] = mip.x[i]!));
  const proven = converged && mip.status === "optimal";
  return {
    x,
    objective: mip.objective,
    lpBound: converged ? lpValue : lagrangian,
    mipBound: proven ? mip.objective : converged ? lpValue : lagrangian,
    status: proven ? "optimal" : "time-limit",
    coreColumns: cols.length,
    pricingRounds: rounds,
    phases,
  };
}
