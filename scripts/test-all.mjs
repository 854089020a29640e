#!/usr/bin/env node
// `npm test`: unit + integration tests, then the end-to-end journeys against the built app in
// Chromium. CI reads only the last line, `N passed, N failed`; the exit code is non-zero on any failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "allee-report-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, args) {
  const out = path.join(reportDir, `${label}.json`);
  console.log(`\n▶ ${label}: vitest ${args.join(" ")}`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    { stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" } },
  );
  if (!fs.existsSync(out)) {
    // No report at all: the run crashed before any test (config error, build failure…).
    console.error(`✖ ${label}: no test report (exit ${result.status})`);
    totals.failed += 1;
    broken = true;
    return;
  }
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load counts no test but must fail the run.
  const failedSuites = report.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0);
  if (failedSuites.length > 0) {
    totals.failed += failedSuites.length;
    broken = true;
  }
  if (result.status !== 0) broken = true;
}

const only = process.argv[2];
if (!only || only === "unit") run("unit", []);
if (!only || only === "e2e") {
  console.log("\n▶ build: react-router build");
  const build = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
  if (build.status !== 0) {
    totals.failed += 1;
    broken = true;
  } else {
    run("e2e", ["--config", "tests/e2e/vitest.config.ts"]);
  }
}

fs.rmSync(reportDir, { recursive: true, force: true });
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
