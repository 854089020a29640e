import type { Highs } from "highs";
import type { LinearModel } from "./linear-model";

/**
 * One run of HiGHS (WebAssembly) on a LinearModel: as a MIP (0–1 columns) or as its LP
 * relaxation. The runtime is passed in, not loaded here: loading the wasm is the caller's
 * business (Node finds highs.wasm beside the package; see load-highs.ts), which keeps this module
 * free of I/O and usable anywhere.
 */

export interface SolveResult {
  /** "infeasible" only for a restricted search (`restricted`); the model itself always has 0. */
  status: "optimal" | "time-limit" | "empty" | "infeasible";
  /** 0–1 values of the columns (the best solution found; all zero when none was). */
  x: Float64Array;
  objective: number;
  /** Best proven upper bound (the objective itself for an LP; Infinity when none was proven). */
  bound: number;
  seconds: number;
  /** Row duals of an LP (relax) solved to optimality. */
  rowDual?: Float64Array;
}

export interface SolveOptions {
  relax?: boolean;
  seconds: number;
  /** Let HiGHS look for symmetry (the plain baseline turns it off). */
  symmetry?: boolean;
  presolve?: boolean;
  lpSolver?: "choose" | "simplex" | "ipm" | "pdlp";
  /** A feasible 0–1 point for the MIP to start from. */
  start?: Float64Array;
  /** Upper bounds replacing the model's (0 fixes a column out). */
  upper?: Float64Array;
  /** Lower sides of the rows (−∞ when absent): equal to the upper side makes a row an equation. */
  rowLower?: Float64Array;
  /** The bounds above cut the model down: infeasibility is an answer, not an error. */
  restricted?: boolean;
}

export function solveModel(highs: Highs, m: LinearModel, options: SolveOptions): SolveResult {
  const n = m.columnCount;
  if (n === 0) return { status: "empty", x: new Float64Array(0), objective: 0, bound: 0, seconds: 0 };
  const started = Date.now();
  const model = highs.createModel({
    numCols: n,
    numRows: m.rowCount,
    sense: highs.constants.objectiveSense.maximize,
    colCost: m.value,
    colLower: new Float64Array(n),
    colUpper: options.upper ?? m.upper,
    rowLower: options.rowLower ?? new Float64Array(m.rowCount).fill(-highs.infinity),
    rowUpper: m.rowUpper,
    matrix: {
      format: "csr",
      numRows: m.rowCount,
      numCols: n,
      starts: m.rowStarts,
      indices: m.rowIndices,
      values: m.rowValues,
    },
    ...(options.relax ? {} : { integrality: new Int32Array(n).fill(highs.constants.variableType.integer) }),
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, options.seconds),
      random_seed: 0,
      mip_rel_gap: 0,
      mip_abs_gap: 1e-6,
      mip_detect_symmetry: options.symmetry ?? true,
      presolve: options.presolve === false ? "off" : "choose",
      ...(options.relax ? { solver: options.lpSolver ?? "choose" } : {}),
    });
    if (options.start && !options.relax) model.setSolution({ colValue: options.start });
    model.run();
    const status = model.getModelStatus();
    const solution = model.getSolution();
    const raw = solution.colValue;
    const x = options.relax ? Float64Array.from(raw) : Float64Array.from(raw, (v) => (v > 0.5 ? 1 : 0));
    const objective = model.getObjectiveValue();
    const dualBound = options.relax ? objective : Number(model.info.get("mip_dual_bound"));
    const optimal = status === highs.constants.modelStatus.optimal;
    if (options.restricted && status === highs.constants.modelStatus.infeasible) {
      return {
        status: "infeasible",
        x: new Float64Array(n),
        objective: 0,
        bound: -Infinity,
        seconds: (Date.now() - started) / 1000,
      };
    }
    if (!optimal && status !== highs.constants.modelStatus.timeLimit) {
      throw new Error(`HiGHS stopped with model status ${status}`);
    }
    // A time limit hit before any integer solution leaves no usable point: start from nothing.
    const usable = optimal || options.relax === true || m.evaluate(x).feasible;
    return {
      status: optimal ? "optimal" : "time-limit",
      x: usable ? x : new Float64Array(n),
      objective: usable ? objective : 0,
      bound: Number.isFinite(dualBound) ? dualBound : optimal ? objective : Infinity,
      seconds: (Date.now() - started) / 1000,
      ...(options.relax && optimal ? { rowDual: Float64Array.from(solution.rowDual) } : {}),
    };
  } finally {
    model.dispose();
  }
}
