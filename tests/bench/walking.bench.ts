/**
 * Walking-distance field (floorplans/walking): build time for the benchmark hall and the cost
 * of `update` after moving one 3 × 3 stand by up to 1 m. Not a test: `npx tsx tests/bench/walking.bench.ts`.
 * Targets (2-core machine): build median ≤ 1 ms, update p95 ≤ 0.15 ms.
 */
import { WalkingField } from "../../floorplans/walking";
import { benchHall, rectangle, seededRandom, STENCILS } from "./walking-hall";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** min and p25 too: on a shared machine they tell the cost of the code from that of the neighbours. */
function report(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (v: number): string => v.toFixed(3).padStart(7);
  console.log(
    `${label.padEnd(32)} median ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  min ${ms(sorted[0]!)}  p25 ${ms(quantile(sorted, 0.25))} ms  (n=${samples.length})`,
  );
}

const stencilName = process.argv[2] ?? "32-default";
if (!(stencilName in STENCILS))
  throw new Error(`unknown stencil ${stencilName}: ${Object.keys(STENCILS).join(", ")}`);
const options = { extraSteps: STENCILS[stencilName] };
const { input, stands } = benchHall();
console.log(
  `hall 100 × 80 m: ${stands.length} stands, ${input.blockers.length - stands.length} pillars, ${input.doors.length} doors; stencil ${stencilName}`,
);

const builds: number[] = [];
for (let k = 0; k < 30; k++) WalkingField.build(input, options); // warm-up
const buildCpu: number[] = [];
for (let k = 0; k < 300; k++) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  WalkingField.build(input, options);
  builds.push(performance.now() - t0);
  const used = process.cpuUsage(cpu);
  buildCpu.push((used.user + used.system) / 1000);
}
report("build", builds);
report("build, CPU time", buildCpu);

const field = WalkingField.build(input, options);
const random = seededRandom(7);
const small = stands.filter((s) => s.width === 3 && s.depth === 3);
const moves: number[] = [];
const restores: number[] = [];
for (let k = 0; k < 3000; k++) {
  const s = small[Math.floor(random() * small.length)]!;
  const dx = (random() * 2 - 1) * 1;
  const dy = (random() * 2 - 1) * 1;
  const scale = Math.min(1, 1 / Math.hypot(dx, dy));
  const t0 = performance.now();
  field.update([{ id: s.id, polygon: rectangle(s.x + dx * scale, s.y + dy * scale, 3, 3) }]);
  const t1 = performance.now();
  field.update([{ id: s.id, polygon: rectangle(s.x, s.y, 3, 3) }]);
  const t2 = performance.now();
  if (k >= 200) {
    moves.push(t1 - t0);
    restores.push(t2 - t1);
  }
}
report("update: move a 3×3 stand ≤ 1 m", moves);
report("update: move it back", restores);

const fresh = WalkingField.build(input, options);
const probes: number[] = [];
for (const s of stands) {
  const t0 = performance.now();
  const a = field.distanceFrom([s.x + s.width / 2, s.y], [0, -1]);
  probes.push(performance.now() - t0);
  const b = fresh.distanceFrom([s.x + s.width / 2, s.y], [0, -1]);
  if (a !== b && !(Math.abs(a - b) < 1e-9))
    throw new Error(`update drifted from a fresh build at ${s.id}: ${a} vs ${b}`);
}
report("distanceFrom (one stand side)", probes);
