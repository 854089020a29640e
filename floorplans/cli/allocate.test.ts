import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../format/parse";
import { validatePlan } from "../rules/validate-plan";
import { box, exhibitor, row, testPlan } from "../allocation/test-plans.test-support";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "allocate-cli-"));

async function allocate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "floorplans/cli/allocate.ts", ...args],
      { timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function writePlan(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const plan = testPlan({
  powerBoxes: [box("B1", [10, 4], { capacityKw: 4 })],
  stands: row(3, (i) => (i === 0 ? { exhibitorId: "old", status: "assigned" } : {})),
  exhibitors: [
    exhibitor("old"),
    exhibitor("a", { powerKw: 3 }),
    exhibitor("b", { powerKw: 3 }),
    exhibitor("big", { requestedAreaM2: 40 }),
  ],
});

describe("npm run allocate", () => {
  it("prints the resulting plan with its allocation block, keeps locked stands, exit 0", async () => {
    const { code, stdout } = await allocate(writePlan("ok.plan.json", plan), "--json", "--seconds", "5");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      stands: { id: string; exhibitorId: string | null }[];
      allocation: Record<string, unknown>;
    };
    expect(out.allocation).toMatchObject({ placed: 1 });
    expect(out.allocation.unplaced).toEqual(
      expect.arrayContaining([
        { exhibitorId: "big", reason: "no-stand-large-enough" },
        { exhibitorId: expect.stringMatching(/^(a|b)$/), reason: "no-power-left" },
      ]),
    );
    expect(Object.keys(out.allocation).sort()).toEqual([
      "bound",
      "objective",
      "placed",
      "seconds",
      "unplaced",
    ]);
    expect(out.stands[0]).toMatchObject({ id: "S1", exhibitorId: "old" });
    const { allocation: _, ...rest } = out;
    const reparsed = parsePlan(rest);
    expect(reparsed.ok).toBe(true);
    if (reparsed.ok) expect(validatePlan(reparsed.plan).filter((v) => v.severity === "error")).toEqual([]);
  });

  it("writes a readable summary on stderr without --json", async () => {
    const { code, stdout, stderr } = await allocate(writePlan("ok2.plan.json", plan), "--lang", "en");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty("allocation");
    expect(stderr).toContain("no free stand large enough for the requested area");
  });

  it("refuses an invalid file with exit 2 and the same invalid JSON as validate", async () => {
    const broken = { ...plan, stands: plan.stands.map((s, i) => (i === 1 ? { ...s, width: -3 } : s)) };
    const { code, stdout } = await allocate(writePlan("bad.plan.json", broken), "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      invalid: expect.arrayContaining([expect.objectContaining({ path: "stands[1].width" })]),
    });
  });

  it.each([[["--seconds", "zero"]], [["--seconds", "-1"]], [["--bogus"]], [[]]])(
    "answers a bad command line %j with exit 2",
    async (args) => {
      const { code, stderr } = await allocate(
        ...(args.length === 0 ? [] : [writePlan("u.plan.json", plan), ...args]),
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/allocate:/);
    },
  );

  it("answers a missing file with exit 2", async () => {
    const { code, stdout } = await allocate(join(dir, "missing.json"), "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      invalid: [{ path: "", message: expect.stringContaining("not found") }],
    });
  });
});
