import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildValidPlanInput } from "../format/plan-fixtures";

// These run the real command, as an organiser or a CI job would: `npm run -s validate` (node --import tsx, without npx start-up).
const repoRoot = path.resolve(import.meta.dirname, "../..");
const examples = path.join(repoRoot, "docs/examples");
const scratch = mkdtempSync(path.join(tmpdir(), "allee-validate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writePlan(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function runValidate(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "floorplans/cli/validate.ts", ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
}

// Sequential, with a long timeout: each run starts tsx, which is slow on a loaded CI machine.
describe("validate (the command)", { timeout: 90_000 }, () => {
  it("gives exactly the expected answer for the worked example of RULES.md, and exits 1", async () => {
    const { code, stdout, stderr } = await runValidate(path.join(examples, "small.plan.json"), "--json");
    expectNoStackTrace(stderr);
    expect(code).toBe(1);
    const body = JSON.parse(stdout);
    for (const violation of body.violations) {
      expect(violation.message).toEqual(expect.any(String));
      delete violation.message;
    }
    expect(body).toEqual(JSON.parse(readFileSync(path.join(examples, "small.expected.json"), "utf8")));
  });

  it("exits 0 on a plan without errors, with ok: true", async () => {
    const { code, stdout } = await runValidate("--json", writePlan("clean.plan.json", buildValidPlanInput()));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, errors: 0, violations: expect.any(Array) });
  });

  it("prints a French report by default and an English one with --lang en", async () => {
    const example = path.join(examples, "small.plan.json");
    const french = await runValidate(example);
    const english = await runValidate(example, "--lang", "en");
    expect(french.stdout.split("\n")[0]).toMatch(/: 5 erreurs, 2 avertissements — plan non conforme$/);
    expect(french.stdout).toMatch(/^ {2}erreur +adjacency\.competitor +A01, A02 +\S/m);
    expect(english.stdout.split("\n")[0]).toMatch(/: 5 errors, 2 warnings — plan fails$/);
    expect(english.stdout).toMatch(/^ {2}warning +stand\.pillar +B01, poteau-1 +\S/m);
    expect([french.code, english.code]).toEqual([1, 1]);
  });

  it("refuses an invalid file with every problem by path, and exits 2", async () => {
    const plan = buildValidPlanInput();
    const broken = {
      ...plan,
      stands: [
        { ...plan.stands![0]!, width: 0 },
        { ...plan.stands![1]!, hallId: "h9" },
      ],
    };
    const { code, stdout, stderr } = await runValidate(writePlan("broken.plan.json", broken), "--json");
    expectNoStackTrace(stderr);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      invalid: [
        { path: "stands[0].width", message: "must be > 0" },
        { path: "stands[1].hallId", message: 'unknown hall "h9"' },
      ],
    });
  });

  it.each([
    ["bad JSON", () => writePlan("bad.plan.json", '{ "format": "allee.plan/v1", '), /^not valid JSON: /],
    [
      "a missing file",
      () => path.join(scratch, "nowhere.plan.json"),
      /^cannot read the file: file not found$/,
    ],
    ["a directory", () => scratch, /^cannot read the file: is a directory, not a file$/],
  ])("exits 2 on %s, with the reason at the root path", async (_name, target, message) => {
    const { code, stdout, stderr } = await runValidate(target(), "--json");
    expectNoStackTrace(stderr);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      invalid: [{ path: "", message: expect.stringMatching(message) }],
    });
  });

  it("reports a refused file readably too", async () => {
    const { code, stdout } = await runValidate(writePlan("bad2.plan.json", "[1, 2"), "--lang", "en");
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /^.*bad2\.plan\.json: invalid file, 1 problem \(no rule checked\)\n {2}\(document\): not valid JSON: /,
    );
  });

  it.each([[[]], [["a.json", "b.json"]], [["plan.json", "--lang", "de"]]])(
    "exits 2 with usage on stderr for %j",
    async (args) => {
      const { code, stdout, stderr } = await runValidate(...args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^validate: .+\nUsage : npm run -s validate -- PLAN\.json/m);
      expectNoStackTrace(stderr);
    },
  );
});
