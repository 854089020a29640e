/**
 * Allocation benchmark: `npm run bench:allocate [-- --json] [--seed S] [--limit SECONDS] [--cold]`.
 * 1. Hard problem (300 exhibitors × 350 stands, 100 competitor pairs, 3 pavilions): time to a
 *    proven optimum with the allocator's method (compact: compatible pairs only, conflict rows from
 *    the spatial index, price and branch from a small core) against the textbook MIP (plain: all
 *    exhibitor × stand columns, every pair of conflicting stands as its own row, HiGHS symmetry
 *    detection off, one solve), both by HiGHS in this run; the two optima must be equal.
 * 2. The same plan with 150 near wishes: the whole allocator in 2 s, its objective against the
 *    LP bound (target: gap ≤ 3 %).
 * Timings are wall clock on a shared machine: the load average is printed with them.
 * Before timing, HiGHS is warmed up for both alike (`--cold` skips it). `--soft-only` runs part 2
 * alone; `--soft-seconds S` changes its budget (target: 2); `--limit S` caps each solve of part 1
 * (default 900 s). Our run is printed per phase (LP rounds, pricing, rounding, MIP).
 */
import { loadavg } from "node:os";
import {
  compactFormulation,
  plainFormulation,
  type Formulation,
} from "../../floorplans/allocation/formulation";
import { solveModel } from "../../floorplans/allocation/highs-solve";
import { buildInstance } from "../../floorplans/allocation/instance";
import { highsRuntime } from "../../floorplans/allocation/load-highs";
import { allocatePlan } from "../../floorplans/allocation";
import { initialCore } from "../../floorplans/allocation/allocate";
import { solveByPricing } from "../../floorplans/allocation/column-generation";
import { validatePlan } from "../../floorplans/rules/validate-plan";
import { BENCH_INSTANCE, generateAllocationPlan } from "./allocate-instance";

const args = process.argv.slice(2);
const json = args.includes("--json");
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seed = option("--seed", BENCH_INSTANCE.seed);
const limit = option("--limit", 900);
const SOFT_SECONDS = option("--soft-seconds", 2);
const log = (line: string) => {
  if (!json) console.log(line);
};

const highs = await highsRuntime();

/**
 * V8 compiles WebAssembly lazily (a quick baseline tier first, optimised code once a function is
 * hot), so whichever solve runs first in the process pays for compiling HiGHS — about a second.
 * Both methods are therefore warmed up alike, untimed, on a small instance of the same kind
 * (60 exhibitors × 80 stands) before either is measured.
 */
function warmUp() {
  const small = generateAllocationPlan({
    ...BENCH_INSTANCE,
    exhibitors: 60,
    stands: 80,
    competitorPairs: 20,
    seed,
  });
  const smallInst = buildInstance(small, validatePlan(small));
  const c = compactFormulation(smallInst);
  solveByPricing(highs, c.model, initialCore(smallInst, c), (j) => c.columns[j]!.k, Date.now() + 60_000);
  solveModel(highs, plainFormulation(smallInst).model, { seconds: 60, symmetry: false });
  solveModel(highs, c.model, { seconds: 60, relax: true, lpSolver: "simplex" });
}
const warmStarted = performance.now();
if (!args.includes("--cold")) warmUp();
const warmSeconds = (performance.now() - warmStarted) / 1000;

const hardPlan = generateAllocationPlan({ ...BENCH_INSTANCE, seed });
const before = validatePlan(hardPlan);
const inst = buildInstance(hardPlan, before);

function run(name: string, build: () => Formulation, pricing: boolean) {
  const t0 = performance.now();
  const f = build();
  const buildSeconds = (performance.now() - t0) / 1000;
  const r = pricing
    ? solveByPricing(highs, f.model, initialCore(inst, f), (j) => f.columns[j]!.k, Date.now() + limit * 1000)
    : solveModel(highs, f.model, { seconds: limit, symmetry: false });
  const seconds = (performance.now() - t0) / 1000;
  log(
    `${name.padEnd(8)} ${String(f.model.columnCount).padStart(7)} columns ${String(f.model.rowCount).padStart(7)} rows  build ${buildSeconds.toFixed(2)} s  total ${seconds.toFixed(2)} s  ${r.status}  objective ${r.objective.toFixed(3)}`,
  );
  const phases = "phases" in r ? r.phases : null;
  if (phases)
    log(
      `         core ${"coreColumns" in r ? r.coreColumns : "?"} columns; LP rounds ${phases.lp.map((v) => v.toFixed(2)).join(" + ")} s, pricing ${phases.pricing.toFixed(2)} s, restrict ${phases.restrict.toFixed(2)} s, rounding ${phases.rounding.toFixed(2)} s, MIP ${phases.mip.toFixed(2)} s`,
    );
  return {
    columns: f.model.columnCount,
    rows: f.model.rowCount,
    buildSeconds,
    seconds,
    status: r.status,
    objective: r.objective,
    ...(phases ? { phases } : {}),
  };
}

log(
  `Allocation bench — ${BENCH_INSTANCE.exhibitors} exhibitors × ${BENCH_INSTANCE.stands} stands, ${BENCH_INSTANCE.competitorPairs} competitor pairs, ${BENCH_INSTANCE.pavilions} pavilions (seed ${seed}); load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}; HiGHS warm-up ${warmSeconds.toFixed(2)} s (untimed)`,
);
// --soft-only skips part 1 (a quick look at part 2).
const softOnly = args.includes("--soft-only");
const compact = softOnly ? null : run("compact", () => compactFormulation(inst), true);
const plain = softOnly ? null : run("plain", () => plainFormulation(inst), false);
const sameObjective =
  !compact ||
  !plain ||
  Math.abs(compact.objective - plain.objective) <= 1e-6 * Math.max(1, Math.abs(compact.objective));
const bothOptimal = !compact || !plain || (compact.status === "optimal" && plain.status === "optimal");
const speedup = compact && plain ? plain.seconds / compact.seconds : null;
if (speedup !== null)
  log(`speed-up ${speedup.toFixed(1)}× (target ≥ 5×); same optimum: ${sameObjective ? "yes" : "NO"}`);

const softPlan = generateAllocationPlan({ ...BENCH_INSTANCE, seed, nearWishes: 150 });
const soft = allocatePlan(softPlan, highs, { seconds: SOFT_SECONDS });
const gap = (soft.summary.bound - soft.summary.objective) / Math.abs(soft.summary.bound);
log(
  `soft (150 near wishes, --seconds ${SOFT_SECONDS}): ${soft.summary.seconds.toFixed(2)} s, placed ${soft.summary.placed}, objective ${soft.summary.objective}, bound ${soft.summary.bound}, gap ${(100 * gap).toFixed(3)} % (target ≤ 3 % in ≤ 2 s); near wishes met ${soft.details.nearWishesMet}/${soft.details.nearWishesBound}; MIP ${soft.details.status}`,
);
log(
  `load average after ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}`,
);

const report = {
  instance: { ...BENCH_INSTANCE, seed },
  loadAverage: loadavg(),
  compact,
  plain,
  speedup,
  sameObjective,
  soft: {
    seconds: soft.summary.seconds,
    placed: soft.summary.placed,
    objective: soft.summary.objective,
    bound: soft.summary.bound,
    gap,
    nearWishesMet: soft.details.nearWishesMet,
    nearWishesBound: soft.details.nearWishesBound,
    status: soft.details.status,
  },
};
if (json) console.log(JSON.stringify(report, null, 2));
if (!bothOptimal || !sameObjective) {
  console.error("bench:allocate: the two formulations did not reach the same proven optimum");
  process.exitCode = 1;
}
