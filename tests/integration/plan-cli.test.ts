import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { events } from "../../db/schema";
import { countEventPlan, loadEventPlan } from "../../app/models/plan.server";
import { serializePlan } from "../../floorplans/format/serialize";
import { parsePlanJson } from "../../floorplans/format/parse";
import { useTestDatabase } from "../helpers/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Each case starts real processes (about a second each, more on a loaded machine).
vi.setConfig({ testTimeout: 90_000 });
const db = useTestDatabase();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "allee-plan-cli-"));

/** Runs a command of the repository as the user would: a real process, DATABASE_PATH in its environment. */
function run(script: string, args: string[], databasePath = db.file) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function state() {
  const event = getDb().select().from(events).where(eq(events.slug, "min-2024")).get()!;
  return { version: event.planVersion, counts: countEventPlan(getDb(), event.id) };
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

/** The stored plan as a file would hold it (in-process: the export command has its own tests). */
function exportedPlan(): Record<string, unknown> & { stands: Record<string, unknown>[] } {
  const event = getDb().select().from(events).where(eq(events.slug, "min-2024")).get()!;
  return JSON.parse(serializePlan(loadEventPlan(event.id))) as Record<string, unknown> & {
    stands: Record<string, unknown>[];
  };
}

beforeAll(() => {
  const seeded = run("db/seed/index.ts", []);
  expect(seeded.stderr).toBe("");
  expect(seeded.code).toBe(0);
  expect(seeded.stdout).toContain("Demo data seeded");
}, 120_000);

describe("db:seed as a process", () => {
  it("says the database is already seeded and exits 0 the second time", () => {
    const again = run("db/seed/index.ts", []);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already has events/);
  });
});

describe("plan:export", () => {
  it("prints the canonical plan, or writes it to --out", () => {
    const printed = run("db/cli/plan-export.ts", ["--event", "min-2024"]);
    expect(printed.code).toBe(0);
    const parsed = parsePlanJson(printed.stdout);
    expect(parsed.ok && parsed.plan.stands.some((s) => s.exhibitorId === "studio-lumen")).toBe(true);

    const out = path.join(work, "export.plan.json");
    const written = run("db/cli/plan-export.ts", ["--event", "min-2024", "--out", out]);
    expect(written.code).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  it("refuses an unknown event with exit 2 and a one-line message", () => {
    const result = run("db/cli/plan-export.ts", ["--event", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown event "nope" \(known events: .*min-2024/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a missing database instead of creating an empty one", () => {
    const missing = path.join(work, "missing.sqlite");
    const result = run("db/cli/plan-export.ts", ["--event", "min-2024"], missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no database at ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe("plan:import", () => {
  it("refuses an invalid file whole, listing every problem by JSON path, and changes nothing", () => {
    const before = state();
    const plan = exportedPlan();
    plan.stands[0] = { ...plan.stands[0], width: -3 };
    plan.stands[1] = { ...plan.stands[1], hallId: "nowhere" };
    const result = run("db/cli/plan-import.ts", [writeJson("invalid.json", plan), "--event", "min-2024"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nothing was imported");
    expect(result.stderr).toMatch(/stands\[0\]\.width: /);
    expect(result.stderr).toMatch(/stands\[1\]\.hallId: unknown hall "nowhere"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(state()).toEqual(before);
  });

  it("refuses a file that is not JSON", () => {
    const result = run("db/cli/plan-import.ts", [
      writeJson("broken.json", "{ not json"),
      "--event",
      "min-2024",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\(file\): not valid JSON/);
  });

  it("refuses exhibitors unknown to the event and changes nothing", () => {
    const before = state();
    const plan = exportedPlan() as {
      stands: Record<string, unknown>[];
      exhibitors: Record<string, unknown>[];
    };
    plan.exhibitors.push({ id: "studio-inconnu", name: "Studio Inconnu", requestedAreaM2: 9 });
    const free = plan.stands.findIndex((s) => s.exhibitorId === undefined || s.exhibitorId === null);
    plan.stands[free] = { ...plan.stands[free], exhibitorId: "studio-inconnu" };
    const result = run("db/cli/plan-import.ts", [writeJson("unknown.json", plan), "--event", "min-2024"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/exhibitors\[\d+\]\.id: unknown exhibitor "studio-inconnu"/);
    expect(state()).toEqual(before);
  });

  it("refuses an unknown event, a missing file and a missing --event with exit 2", () => {
    const file = writeJson("ok.json", exportedPlan());
    expect(run("db/cli/plan-import.ts", [file, "--event", "nope"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown event "nope"/),
    });
    expect(
      run("db/cli/plan-import.ts", [path.join(work, "absent.json"), "--event", "min-2024"]),
    ).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*ENOENT/) });
    expect(run("db/cli/plan-import.ts", [file])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--event SLUG is required/),
    });
  });

  it("imports a valid plan, even one breaking rules, and reports the new version and the check", () => {
    const before = state();
    const plan = exportedPlan();
    const a = plan.stands.findIndex((s) => s.id === "A02");
    const b = plan.stands.findIndex((s) => s.id === "A03");
    // Move A03 onto A02: a stand.overlap error, which does not block an import (the plan is a draft).
    plan.stands[b] = { ...plan.stands[b], x: plan.stands[a]!.x, y: plan.stands[a]!.y };
    const result = run("db/cli/plan-import.ts", [writeJson("overlap.json", plan), "--event", "min-2024"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`plan version ${before.version + 1}`);
    expect(result.stdout).toMatch(/validation: [1-9]\d* error\(s\), \d+ warning\(s\)/);
    expect(state()).toEqual({ version: before.version + 1, counts: before.counts });
  });
});
