/**
 * Editor benchmark (issue item 9): `npm run bench:editor [-- --json] [--runs N] [--stands 2000,5000]
 * [--naive-validation full|engine|off] [--naive-only] [--profile] [--reuse-build] [--drag stand|box]`.
 * The app is built into .builds/bench-editor (ALLEE_BUILD_DIR overrides it), never into build/;
 * `--reuse-build` measures the build found there even when sources are newer.
 * Opens generated plans of 2,000 and 5,000 stands in headless Chromium, in the real editor
 * (/admin/events/bench-N/plan, served by react-router-serve over a temporary SQLite database) and
 * in a naive react-konva page (tests/bench/editor-naive), and drags one stand for 3 s at 60 moves/s.
 * Per page: moves handled, main-thread ms per handled move (CDP TaskDuration), rAF frame p50/p95;
 * medians of N runs, run alternately. `--drag box` drags a power box instead, in the real editor
 * only (the naive page drags stands): an edit the rule engine answers with a whole new check. Exits 0 even when a target fails: it is a measurement.
 * See docs/benchmarks.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { isInterrupted, makeTempDir, onCleanup, runWithCleanup } from "./editor-cleanup";
import { profileWhile, type ProfileEntry } from "./editor-profile";
import { pickDragTarget, writeBenchPlan, type DragTarget } from "./editor-plans";
import { formatReport, SCHEDULE, summarise, targetsFor, type CountReport } from "./editor-report";
import {
  closePage,
  dragOnce,
  login,
  newBenchContext,
  openPage,
  type OpenPage,
  type RunSample,
} from "./editor-runs";
import { serveStatic, startAppServer } from "./editor-servers";
import {
  BENCH_EMAIL,
  BENCH_PASSWORD,
  buildNaivePage,
  editorMissing,
  ensureAppBuild,
  setupEvent,
  snapshotAppBuild,
} from "./editor-setup";
import type { Plan } from "../../floorplans";

// Every path below (build/, node_modules/, tests/bench/…) is relative to the repository root.
process.chdir(path.resolve(import.meta.dirname, "../.."));

const { values: args } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    stands: { type: "string", default: "2000,5000" },
    seed: { type: "string", default: "42" },
    "naive-validation": { type: "string", default: "full" },
    "naive-only": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "reuse-build": { type: "boolean", default: false },
    drag: { type: "string", default: "stand" },
  },
});
const DRAG = args.drag === "box" ? "powerBox" : "stand";
const RUNS = Number(args.runs);
const COUNTS = args.stands.split(",").map(Number);
const SEED = Number(args.seed);
const NAIVE_VALIDATION = args["naive-validation"];
if (
  !Number.isInteger(RUNS) ||
  RUNS < 1 ||
  RUNS > 10 ||
  COUNTS.some((n) => !Number.isInteger(n) || n < 1) ||
  !["full", "engine", "off"].includes(NAIVE_VALIDATION) ||
  !["stand", "box"].includes(args.drag)
) {
  throw new Error(
    "usage: editor.bench.ts [--json] [--runs 1-10] [--stands 2000,5000] [--naive-validation full|engine|off] [--naive-only] [--profile] [--reuse-build] [--drag stand|box]",
  );
}
const benchStart = performance.now();
/** Progress, stamped with the seconds since start (on stderr with --json, which owns stdout). */
const log = (line: string) => {
  const stamped = `[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(3)} s] ${line}`;
  return args.json ? console.error(stamped) : console.log(stamped);
};
const NAIVE_LABEL = `naive page (${NAIVE_VALIDATION === "full" ? "validatePlan per move" : NAIVE_VALIDATION === "engine" ? "rule engine per move" : "no validation"})`;

interface Subject {
  stands: number;
  plan: Plan;
  target: DragTarget;
  naiveUrl: string;
  editorPath: string;
}

async function prepare(dir: string): Promise<{ subjects: Subject[]; databasePath: string; siteDir: string }> {
  const siteDir = path.join(dir, "naive-site");
  const databasePath = path.join(dir, "bench.sqlite");
  log("naive page: vite build; database: one event per plan…");
  // The naive build and the database set-up are independent child processes: run them together.
  const naiveBuilt = buildNaivePage(siteDir);
  naiveBuilt.catch(() => undefined); // awaited below; until then a failure must not be "unhandled"
  const plansDir = path.join(dir, "plans");
  fs.mkdirSync(plansDir);
  const subjects: Subject[] = [];
  for (const stands of COUNTS) {
    const generated = writeBenchPlan(dir, stands, SEED);
    const slug = `bench-${stands}`;
    // The naive page gets the plan exactly as the app loads it from the database.
    const plan = await setupEvent(databasePath, generated.file, slug, path.join(plansDir, `${slug}.json`));
    const target = pickDragTarget(plan, DRAG);
    log(
      `plan ${slug}: ${plan.stands.length} stands, ${plan.halls.length} halls, ${plan.exhibitors.length} exhibitors; dragging ${target.kind === "stand" ? "" : "power box "}${target.id}`,
    );
    subjects.push({
      stands,
      plan,
      target,
      naiveUrl: `/?plan=plans/${slug}.json&validation=${NAIVE_VALIDATION}`,
      editorPath: `/admin/events/${slug}/plan`,
    });
  }
  await naiveBuilt;
  // vite empties its outDir first: the plans go in once it is done.
  fs.renameSync(plansDir, path.join(siteDir, "plans"));
  return { subjects, databasePath, siteDir };
}

/** The real editor's browser context, logged in; or why the editor cannot be measured. */
async function editorContext(browser: Browser, databasePath: string): Promise<BrowserContext | string> {
  if (args["naive-only"]) return "skipped (--naive-only)";
  const missing = editorMissing();
  if (missing) return missing;
  const buildProblem = await ensureAppBuild(log, { reuse: args["reuse-build"] });
  if (buildProblem) return buildProblem;
  try {
    const baseURL = await startAppServer(databasePath, snapshotAppBuild(path.dirname(databasePath)));
    const context = await newBenchContext(browser, baseURL);
    await login(context, BENCH_EMAIL, BENCH_PASSWORD);
    log(`real editor: react-router-serve on ${baseURL}, logged in as ${BENCH_EMAIL}`);
    return context;
  } catch (error) {
    // The naive page can still be measured: report why the editor could not be.
    return `could not serve the app or log in: ${(error as Error).message}`;
  }
}

async function main(): Promise<number> {
  const [load] = os.loadavg();
  // Two CPUs shared with a test run give numbers of another machine: say so next to them.
  if (load! > os.cpus().length)
    log(
      `warning: load average ${load!.toFixed(1)} on ${os.cpus().length} CPU(s): other work competes with the browser`,
    );
  const dir = makeTempDir("allee-bench-editor-");
  const { subjects, databasePath, siteDir } = await prepare(dir);
  const naiveBase = await serveStatic(siteDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    // Our cleanup closes the browser; Playwright's handlers would exit before the temp dirs go.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup("chromium", () => browser.close());
  const naiveContext = await newBenchContext(browser, naiveBase);
  const editor = await editorContext(browser, databasePath);
  if (typeof editor === "string") log(`real editor: not measured — ${editor}`);

  const reports: CountReport[] = [];
  for (const subject of subjects) {
    const editorSide = new Side("real editor", typeof editor === "string" ? editor : null);
    const naiveSide = new Side(
      "naive",
      DRAG === "stand" ? null : "not measured: the naive page drags stands only (--drag box)",
    );
    await editorSide.open(typeof editor === "string" ? null : editor, subject, subject.editorPath);
    await naiveSide.open(naiveContext, subject, subject.naiveUrl);
    // Alternate the pages run by run, so that a slow spell of the machine hits both.
    for (let i = 0; i < RUNS; i++) {
      await editorSide.run(subject, i);
      await naiveSide.run(subject, i);
    }
    if (args.profile) {
      await editorSide.profile(subject);
      await naiveSide.profile(subject);
    }
    await editorSide.close();
    await naiveSide.close();
    const editorSummary = editorSide.summary();
    const naiveSummary = naiveSide.summary();
    reports.push({
      stands: subject.stands,
      halls: subject.plan.halls.length,
      dragged: subject.target.id,
      editor: editorSummary
        ? { summary: editorSummary, samples: editorSide.samples }
        : { unavailable: editorSide.failure ?? "no run" },
      naive: naiveSummary
        ? { summary: naiveSummary, samples: naiveSide.samples }
        : { unavailable: naiveSide.failure ?? "no run" },
      ratios: {
        naiveOverEditorMsPerMove:
          editorSummary && naiveSummary ? naiveSummary.msPerMove / editorSummary.msPerMove : null,
        editorOverNaiveHandled:
          editorSummary && naiveSummary ? editorSummary.handledPct / naiveSummary.handledPct : null,
      },
      targets: targetsFor(subject.stands, editorSummary, naiveSummary),
      profiles: args.profile ? { editor: editorSide.hotspots, naive: naiveSide.hotspots } : undefined,
    });
  }

  const chromiumVersion = browser.version();
  const header = `Editor bench — ${SCHEDULE.moves} pointer moves over ${(SCHEDULE.durationMs / 1000).toFixed(1)} s per drag, ${RUNS} run(s) per page; Chromium ${chromiumVersion}, ${os.cpus().length} CPU(s), load average ${load!.toFixed(1)} at start; ${((performance.now() - benchStart) / 1000).toFixed(0)} s in all`;
  if (args.json) {
    console.log(
      JSON.stringify(
        {
          schedule: SCHEDULE,
          runs: RUNS,
          seed: SEED,
          naiveValidation: NAIVE_VALIDATION,
          chromium: chromiumVersion,
          cpus: os.cpus().length,
          loadAverageAtStart: load,
          reports,
        },
        null,
        2,
      ),
    );
  } else {
    console.log(`\n${formatReport(reports, header, NAIVE_LABEL)}`);
  }
  return 0;
}

/** One page under test for one plan: its tab, its samples, or the first failure (which ends its runs). */
class Side {
  samples: RunSample[] = [];
  hotspots: ProfileEntry[] | null = null;
  private tab: OpenPage | null = null;

  constructor(
    readonly label: string,
    public failure: string | null,
  ) {}

  async open(context: BrowserContext | null, subject: Subject, url: string): Promise<void> {
    const stands = subject.stands;
    if (!context || this.failure !== null) return;
    try {
      this.tab = await openPage(context, url, subject.target);
      log(
        `  ${stands} ${this.label}: ready in ${(this.tab.loadMs / 1000).toFixed(1)} s${this.tab.wheelSteps > 0 ? `, zoomed in by ${this.tab.wheelSteps} wheel step(s) to grab the stand` : ""}, ${quiet(this.tab.quietMs)}`,
      );
    } catch (error) {
      this.fail(stands, "page", error);
    }
  }

  async run(subject: Subject, i: number): Promise<void> {
    if (!this.tab || this.failure !== null) return;
    try {
      const sample = await dragOnce(this.tab, subject.target);
      this.samples.push(sample);
      log(`  ${subject.stands} ${this.label} run ${i + 1}: ${describe(sample)}`);
    } catch (error) {
      this.fail(subject.stands, `run ${i + 1}`, error);
    }
  }

  /** One more drag under the V8 profiler (--profile): not in the medians, profiling slows it. */
  async profile(subject: Subject): Promise<void> {
    const tab = this.tab;
    if (!tab || this.failure !== null) return;
    try {
      this.hotspots = await profileWhile(tab.cdp, () => dragOnce(tab, subject.target));
    } catch (error) {
      if (isInterrupted()) throw error;
      log(`  ${subject.stands} ${this.label}: profiled drag failed: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    if (this.tab) await closePage(this.tab);
    this.tab = null;
  }

  summary() {
    return this.failure === null && this.samples.length > 0 ? summarise(this.samples) : null;
  }

  private fail(stands: number, what: string, error: unknown): void {
    // Interrupted: the browser closed under us; stop here instead of reporting that as a failure.
    if (isInterrupted()) throw error;
    this.failure = `the page failed (${what}): ${error instanceof Error ? error.message : String(error)}`;
    log(`  ${stands} ${this.label}: ${this.failure}`);
  }
}

function quiet(ms: number | null): string {
  return ms === null
    ? "main thread still busy after 20 s (measuring anyway)"
    : `main thread quiet after ${(ms / 1000).toFixed(1)} s more`;
}

function describe(s: RunSample): string {
  return `${s.movesHandled}/${s.movesSent} moves, ${s.msPerMove.toFixed(2)} ms/move, frames p50 ${s.frameP50Ms.toFixed(1)} p95 ${s.frameP95Ms.toFixed(1)} ms (stand at ${s.locate.x.toFixed(0)},${s.locate.y.toFixed(0)}: hit ${s.locate.hit})`;
}

runWithCleanup(main);
