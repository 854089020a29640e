import type { Highs } from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { solveByPricing } from "./column-generation";
import { LinearModel } from "./linear-model";
import { highsRuntime } from "./load-highs";

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

/** Enumerates every 0–1 point of a small model: its best feasible value. */
function bruteForce(m: LinearModel): number {
  let best = 0;
  for (let mask = 0; mask < 1 << m.columnCount; mask++) {
    const x = Array.from({ length: m.columnCount }, (_, j) => (mask >> j) & 1);
    const { value, feasible } = m.evaluate(x);
    if (feasible) best = Math.max(best, value);
  }
  return best;
}

const far = Date.now() + 60_000;

describe("solveByPricing", () => {
  it("proves the optimum on the LP's optimal face when the relaxation is tight", () => {
    // Two exhibitors (rows 0–1), three stands (rows 2–4); the LP optimum is integral.
    const m = new LinearModel();
    const values = [10, 7, 3, 9, 8, 2];
    values.forEach((v) => m.addColumn(v));
    m.addRow([0, 1, 2], 1, 1);
    m.addRow([3, 4, 5], 1, 1);
    m.addRow([0, 3], 1, 1);
    m.addRow([1, 4], 1, 1);
    m.addRow([2, 5], 1, 1);
    const r = solveByPricing(highs, m, [0, 3], (j) => (j < 3 ? 0 : 1), far);
    expect(r.status).toBe("optimal");
    expect(r.objective).toBe(bruteForce(m));
    expect(r.objective).toBe(18);
    expect(r.lpBound).toBeCloseTo(18, 6);
  });

  it("falls back to the whole core MIP when the face has no 0–1 point (LP above MIP)", () => {
    // Three columns in pairwise conflict: LP = 1.5 (all at ½), MIP = 1. The face (every row an
    // equation, as each has dual ½) has no 0–1 point: the search there must end as infeasible,
    // not as an error, and the core MIP gives the optimum.
    const m = new LinearModel();
    [1, 1, 1].forEach((v) => m.addColumn(v));
    m.addRow([0, 1], 1, 1);
    m.addRow([1, 2], 1, 1);
    m.addRow([0, 2], 1, 1);
    const r = solveByPricing(highs, m, [0, 1, 2], () => 0, far);
    expect(r.lpBound).toBeCloseTo(1.5, 6);
    expect(r.objective).toBe(bruteForce(m));
    expect(r.status).toBe("optimal");
    expect(r.phases.face).toBeGreaterThan(0);
  });
});
