/**
 * Rules benchmark: `npx tsx tests/bench/rules.bench.ts [--json] [--stands N] [--seed S]`.
 * On one generated plan (generate-plan.ts): the full validatePlan (median of ≥ 20 runs after
 * warm-up), the naive all-pairs baseline (its violations must be identical, or the bench fails),
 * and the incremental engine after single small stand moves (p95 of ≥ 200). Time spent inside
 * the walking field that exit.too-far needs (floorplans/walking) is also reported apart, so that
 * the cost of the rules and the cost of the field can be told apart.
 */
import type { Plan } from "../../floorplans/format/schema";
import { createRuleEngine } from "../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../floorplans/rules/types";
import { validatePlan } from "../../floorplans/rules/validate-plan";
import { WalkingField } from "../../floorplans/walking";
import { generatePlan, seededRandom } from "./generate-plan";
import { validatePlanNaive } from "./naive-rules";

const args = process.argv.slice(2);
const json = args.includes("--json");
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const standCount = option("--stands", 5000);
const seed = option("--seed", 42);
const FULL_RUNS = option("--runs", 25);
const NAIVE_RUNS = 5;
const MOVES = 300;

const log = (line: string) => {
  if (!json) console.log(line);
};

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function quantile(samples: number[], q: number): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const keyOf = (v: Violation) => JSON.stringify([v.rule, v.severity, v.subjects, v.data]);

function assertSame(label: string, got: readonly Violation[], want: readonly Violation[]): void {
  const g = got.map(keyOf);
  const w = want.map(keyOf);
  if (g.length === w.length && g.every((k, i) => k === w[i])) return;
  const gs = new Set(g);
  const ws = new Set(w);
  console.error(`BENCH FAILED: ${label} differs from validatePlan (${g.length} vs ${w.length} violations)`);
  console.error("  only in", label, g.filter((k) => !ws.has(k)).slice(0, 5));
  console.error("  only in validatePlan", w.filter((k) => !gs.has(k)).slice(0, 5));
  process.exit(1);
}

const plan = generatePlan({ seed, stands: standCount });
log(`plan: ${plan.stands.length} stands, ${plan.halls.length} halls, ${plan.obstacles.length} obstacles, ${plan.powerBoxes.length} boxes, ${plan.exhibitors.length} exhibitors`);

// Time spent inside the walking field (floorplans/walking) during each run, to tell the rules'
// own cost from the field's: WalkingField.build and update are wrapped, nothing else changes.
let inField = 0;
const build = WalkingField.build.bind(WalkingField);
WalkingField.build = (...input: Parameters<typeof WalkingField.build>) => {
  const t = performance.now();
  const field = build(...input);
  inField += performance.now() - t;
  return field;
};
const update = WalkingField.prototype.update;
WalkingField.prototype.update = function (this: WalkingField, changes) {
  const t = performance.now();
  update.call(this, changes);
  inField += performance.now() - t;
};

/** Runs f n times; returns the wall times and the parts spent outside the walking field. */
function measure(n: number, f: () => void): { total: number[]; rules: number[] } {
  const total: number[] = [];
  const rules: number[] = [];
  for (let i = 0; i < n; i++) {
    inField = 0;
    const dt = time(f);
    total.push(dt);
    rules.push(dt - inField);
  }
  return { total, rules };
}

// Full run.
for (let i = 0; i < 5; i++) validatePlan(plan);
const full = measure(FULL_RUNS, () => validatePlan(plan));
const reference = validatePlan(plan);
const fullMedianMs = quantile(full.total, 0.5);
const fullRulesMs = quantile(full.rules, 0.5);
log(`full validatePlan: median ${fullMedianMs.toFixed(2)} ms (min ${quantile(full.total, 0).toFixed(2)}) over ${FULL_RUNS} runs, ${reference.length} violations`);
log(`  outside the walking field (the rules themselves): median ${fullRulesMs.toFixed(2)} ms (min ${quantile(full.rules, 0).toFixed(2)})`);

// Naive baseline: identical violations, no index.
assertSame("naive baseline", validatePlanNaive(plan), reference);
const naive = measure(NAIVE_RUNS, () => validatePlanNaive(plan));
const naiveMedianMs = quantile(naive.total, 0.5);
const naiveRulesMs = quantile(naive.rules, 0.5);
log(`naive all-pairs baseline: median ${naiveMedianMs.toFixed(2)} ms over ${NAIVE_RUNS} runs — full is ${(naiveMedianMs / fullMedianMs).toFixed(1)}× faster`);
log(`  outside the walking field: median ${naiveRulesMs.toFixed(2)} ms — the indexed rules are ${(naiveRulesMs / fullRulesMs).toFixed(1)}× faster`);

// Incremental: one stand moves a little (an editor drag step), then another one.
const rng = seededRandom(seed + 1);
let current: Plan = plan;
const engine = createRuleEngine(current);
assertSame("engine (initial)", engine.violations(), reference);
const updates: number[] = [];
const updateRules: number[] = [];
// CPU time of the process (µs resolution): on a busy machine, wall time also counts preemption.
const updateCpu: number[] = [];
for (let move = 0; move < MOVES + 50; move++) {
  const i = Math.floor(rng() * current.stands.length);
  const stand = current.stands[i]!;
  const moved = { ...stand, x: stand.x + (rng() - 0.5), y: stand.y + (rng() - 0.5) };
  const stands = current.stands.slice();
  stands[i] = moved;
  current = { ...current, stands };
  const cpu = process.cpuUsage();
  const m = measure(1, () => engine.updateStands(current, [moved.id]));
  const used = process.cpuUsage(cpu);
  if (move >= 50) {
    updates.push(m.total[0]!);
    updateRules.push(m.rules[0]!);
    updateCpu.push((used.user + used.system) / 1000);
  }
  if (move % 100 === 99) assertSame(`engine after ${move + 1} moves`, engine.violations(), validatePlan(current));
}
const incrementalP95Ms = quantile(updates, 0.95);
log(`incremental update after one small move: p95 ${incrementalP95Ms.toFixed(3)} ms, median ${quantile(updates, 0.5).toFixed(3)} ms over ${MOVES} moves`);
log(`  outside the walking-field repair: p95 ${quantile(updateRules, 0.95).toFixed(3)} ms, median ${quantile(updateRules, 0.5).toFixed(3)} ms`);
log(`  process CPU time per update: p95 ${quantile(updateCpu, 0.95).toFixed(3)} ms, median ${quantile(updateCpu, 0.5).toFixed(3)} ms`);
const listTime = time(() => engine.violations());
log(`engine.violations() after the moves: ${listTime.toFixed(3)} ms`);

const targets = { fullMs: 15, speedup: 10, incrementalP95Ms: 0.5 };
log(
  `targets: full ≤ ${targets.fullMs} ms ${fullMedianMs <= targets.fullMs ? "met" : "MISSED"}; ≥ ${targets.speedup}× naive ${naiveMedianMs / fullMedianMs >= targets.speedup ? "met" : "MISSED"}; incremental p95 ≤ ${targets.incrementalP95Ms} ms ${incrementalP95Ms <= targets.incrementalP95Ms ? "met" : "MISSED"}`,
);

if (json) {
  console.log(
    JSON.stringify({
      stands: plan.stands.length,
      fullMedianMs: round(fullMedianMs),
      naiveMedianMs: round(naiveMedianMs),
      incrementalP95Ms: round(incrementalP95Ms),
      speedup: round(naiveMedianMs / fullMedianMs),
      fullRulesMedianMs: round(fullRulesMs),
      naiveRulesMedianMs: round(naiveRulesMs),
      rulesSpeedup: round(naiveRulesMs / fullRulesMs),
      incrementalMedianMs: round(quantile(updates, 0.5)),
      incrementalRulesP95Ms: round(quantile(updateRules, 0.95)),
      incrementalCpuP95Ms: round(quantile(updateCpu, 0.95)),
      fullMinMs: round(quantile(full.total, 0)),
      violations: reference.length,
      halls: plan.halls.length,
    }),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
