import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan, parsePlanJson } from "./parse";
import { buildValidPlanInput } from "./plan-fixtures";
import type { Plan } from "./schema";
import { serializePlan } from "./serialize";

function parsed(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.invalid));
  return result.plan;
}

describe("defaults", () => {
  it("applies every default of RULES.md", () => {
    const plan = parsed(buildValidPlanInput());
    expect(plan.rules).toEqual({});
    expect(plan.stands[0]).toMatchObject({ rotation: 0, covered: false });
    expect(plan.powerBoxes[1]!.phases).toBe(1);
    expect(plan.exhibitors[1]).toMatchObject({
      phases: 1,
      avoid: [],
      near: [],
      noise: "normal",
      priority: 1,
    });
    expect(plan.exhibitors[1]!.pavilionId).toBe("pav");
  });

  it("fills absent collections and optional references", () => {
    const plan = parsed({
      format: "allee.plan/v1",
      halls: [
        {
          id: "h",
          name: "H",
          outline: [
            [0, 0],
            [9, 0],
            [9, 9],
          ],
        },
      ],
      stands: [{ id: "S", hallId: "h", x: 1, y: 5, width: 2, depth: 2 }],
      exhibitors: [{ id: "e", name: "E", requestedAreaM2: 4 }],
    });
    expect(plan).toMatchObject({ obstacles: [], exits: [], powerBoxes: [], zones: [] });
    expect(plan.stands[0]).toMatchObject({ powerBoxId: null, exhibitorId: null });
    expect(plan.exhibitors[0]).toMatchObject({ powerKw: 0, pavilionId: null });
  });

  it("trims ids, so references match what the organiser meant", () => {
    const input = buildValidPlanInput();
    const plan = parsed({ ...input, stands: input.stands!.map((s) => ({ ...s, id: ` ${s.id} ` })) });
    expect(plan.stands.map((s) => s.id)).toEqual(["A01", "A02"]);
  });
});

describe("serializePlan", () => {
  const plan = parsed({
    ...buildValidPlanInput(),
    assumptions: ["Dimensions approximatives."],
    rules: { nearDistanceM: 8, minAisleM: 2 },
  });

  it("round-trips to an equal plan", () => {
    expect(parsed(JSON.parse(serializePlan(plan)))).toEqual(plan);
  });

  it("is stable: serializing the re-parsed plan gives the same text", () => {
    const text = serializePlan(plan);
    expect(serializePlan(parsed(JSON.parse(text)))).toBe(text);
  });

  it("writes keys in the canonical order whatever the input order", () => {
    const reversed = Object.fromEntries(Object.entries(buildValidPlanInput()).reverse());
    const text = serializePlan(parsed(reversed));
    expect(Object.keys(JSON.parse(text))).toEqual([
      "format",
      "name",
      "rules",
      "halls",
      "obstacles",
      "exits",
      "powerBoxes",
      "zones",
      "stands",
      "exhibitors",
    ]);
    expect(text).toBe(serializePlan(parsed(buildValidPlanInput())));
  });

  it("orders rule overrides like the defaults table and keeps points on one line", () => {
    const text = serializePlan(plan);
    expect(text.indexOf('"minAisleM"')).toBeLessThan(text.indexOf('"nearDistanceM"'));
    expect(text).toContain("        [20, 0],\n");
    expect(text).toContain('"avoid": [],\n');
    expect(text).toContain('"near": ["ex-b"],\n');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("uses 2-space indentation", () => {
    expect(serializePlan(plan).split("\n")[1]).toBe('  "format": "allee.plan/v1",');
  });

  it("round-trips the worked example of RULES.md", () => {
    const example = path.join(import.meta.dirname, "../../docs/examples/small.plan.json");
    const result = parsePlanJson(readFileSync(example, "utf8"));
    if (!result.ok) throw new Error("the worked example must parse");
    expect(parsed(JSON.parse(serializePlan(result.plan)))).toEqual(result.plan);
  });
});
