import fs from "node:fs";
import path from "node:path";
import { parsePlanJson, type Plan } from "../../floorplans";
import { BENCH_BUILD_DIR, run, runTsx } from "./editor-servers";

/**
 * Preparation of the editor bench: the app build (reused when fresh), the SQLite database with one
 * event per plan size, and the naive page's static site. Every step reports why it cannot run
 * instead of throwing deep inside the measurement loop.
 */
export const BENCH_EMAIL = "bench-organiser@example.org";
export const BENCH_PASSWORD = "bench-editor-password-2026";

/** The route module and the view of the real editor: until both exist, the bench runs the naive page alone. */
const EDITOR_FILES = ["app/routes/admin/plan/index.tsx", "app/editor/view"];

export function editorMissing(): string | null {
  const missing = EDITOR_FILES.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) return `not written yet (${missing.join(", ")} missing)`;
  const views = fs.readdirSync("app/editor/view").filter((f) => f.endsWith(".client.tsx"));
  return views.length === 0 ? "not written yet (no app/editor/view/*.client.tsx)" : null;
}

/** Newest modification time under the paths the app build reads (bounded walk, no symlinks). */
function newestSource(paths: string[]): number {
  let newest = 0;
  const stack = [...paths];
  for (let visited = 0; stack.length > 0 && visited < 50_000; visited++) {
    const p = stack.pop()!;
    if (!fs.existsSync(p)) continue;
    const stat = fs.lstatSync(p);
    if (stat.isDirectory()) stack.push(...fs.readdirSync(p).map((f) => path.join(p, f)));
    else if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

const BUILD_INPUTS = [
  "app",
  "floorplans",
  "db/schema",
  "db/client.ts",
  "vite.config.ts",
  "react-router.config.ts",
  "package-lock.json",
];
const BUILD_OUTPUT = path.join(BENCH_BUILD_DIR, "server/index.js");

/**
 * Builds the app unless its build folder is newer than every source (or `reuse` is set and a build
 * exists); returns null or why it failed.
 */
export async function ensureAppBuild(
  log: (line: string) => void,
  { reuse = false }: { reuse?: boolean } = {},
): Promise<string | null> {
  if (reuse && fs.existsSync(BUILD_OUTPUT)) {
    log(`app build: ${BENCH_BUILD_DIR}/ reused as it is (--reuse-build)`);
    return null;
  }
  if (fs.existsSync(BUILD_OUTPUT) && fs.statSync(BUILD_OUTPUT).mtimeMs > newestSource(BUILD_INPUTS)) {
    log(`app build: ${BENCH_BUILD_DIR}/ is fresh, reused`);
    return null;
  }
  log(`app build: ${BENCH_BUILD_DIR}/ is missing or older than the sources, running react-router build…`);
  const started = performance.now();
  const bin = path.resolve("node_modules/@react-router/dev/bin.js");
  const result = await run(process.execPath, [bin, "build"], {
    env: { ...process.env, NODE_ENV: "production", ALLEE_BUILD_DIR: BENCH_BUILD_DIR },
    timeoutMs: 180_000,
  });
  if (result.code !== 0)
    return `react-router build failed (exit ${result.code}):\n${result.output.trim().split("\n").slice(-15).join("\n")}`;
  log(`app build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return null;
}

/**
 * A private copy of the bench build at the same relative path under `dir/app` (the server bundle
 * names its client assets by that path, relative to the working directory), with a node_modules
 * link for the server bundle's imports, for react-router-serve to run from: a rebuild while the
 * bench runs would replace the hashed client assets under the served page (404s, no editor).
 * Copied again if the build changed during the copy (bounded).
 */
export function snapshotAppBuild(dir: string): string {
  const appDir = path.join(dir, "app");
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = fs.statSync(BUILD_OUTPUT).mtimeMs;
    fs.rmSync(appDir, { recursive: true, force: true });
    fs.mkdirSync(appDir);
    fs.cpSync(BENCH_BUILD_DIR, path.join(appDir, BENCH_BUILD_DIR), { recursive: true });
    if (fs.statSync(BUILD_OUTPUT).mtimeMs === before) {
      fs.symlinkSync(path.resolve("node_modules"), path.join(appDir, "node_modules"), "dir");
      return appDir;
    }
  }
  throw new Error(`${BENCH_BUILD_DIR}/ kept changing while it was copied (someone is rebuilding): try again`);
}

/**
 * Migrates the database, adds the organiser, the event `slug` with its exhibitors' organisations
 * and accepted applications, imports the plan (editor-setup-db.ts, in a child process) and
 * returns the plan as the app loads it.
 */
export async function setupEvent(
  databasePath: string,
  planFile: string,
  slug: string,
  outFile: string,
): Promise<Plan> {
  const result = await runTsx(
    "tests/bench/editor-setup-db.ts",
    [
      "--plan",
      planFile,
      "--event",
      slug,
      "--out",
      outFile,
      "--email",
      BENCH_EMAIL,
      "--password",
      BENCH_PASSWORD,
    ],
    {
      env: { ...process.env, DATABASE_PATH: databasePath },
      timeoutMs: 120_000,
    },
  );
  if (result.code !== 0)
    throw new Error(`setting up ${slug} failed (exit ${result.code}):\n${result.output}`);
  const parsed = parsePlanJson(fs.readFileSync(outFile, "utf8"));
  if (!parsed.ok)
    throw new Error(
      `the plan of ${slug} as loaded by the app does not parse: ${JSON.stringify(parsed.invalid.slice(0, 3))}`,
    );
  return parsed.plan;
}

/** Builds the naive page into `outDir` with its own vite config (a production build, like the app's). */
export async function buildNaivePage(outDir: string): Promise<void> {
  const bin = path.resolve("node_modules/vite/bin/vite.js");
  const config = "tests/bench/editor-naive/vite.config.ts";
  const result = await run(process.execPath, [bin, "build", "--config", config, "--outDir", outDir], {
    env: { ...process.env, NODE_ENV: "production" },
    timeoutMs: 120_000,
  });
  if (result.code !== 0)
    throw new Error(`vite build of the naive page failed (exit ${result.code}):\n${result.output}`);
}
