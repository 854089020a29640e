import { describe, expect, it } from "vitest";
import { parsePlan, type InvalidEntry } from "./parse";
import { invalidOf, mutated, type LoosePlan as Loose } from "./plan-fixtures";

describe("parsePlan — cross-checks", () => {
  it.each([
    [
      "halls",
      (p: Loose) => p.halls.push({ ...p.halls[0] }),
      "halls[1].id",
      'duplicate id "h1" (also halls[0])',
    ],
    [
      "obstacles",
      (p: Loose) => p.obstacles.push({ ...p.obstacles[0] }),
      "obstacles[1].id",
      'duplicate id "P1" (also obstacles[0])',
    ],
    ["exits", (p: Loose) => (p.exits[1].id = "EX1"), "exits[1].id", 'duplicate id "EX1" (also exits[0])'],
    [
      "powerBoxes",
      (p: Loose) => (p.powerBoxes[1].id = " B1 "),
      "powerBoxes[1].id",
      'duplicate id "B1" (also powerBoxes[0])',
    ],
    ["zones", (p: Loose) => (p.zones[1].id = "pav"), "zones[1].id", 'duplicate id "pav" (also zones[0])'],
    ["stands", (p: Loose) => (p.stands[1].id = "A01"), "stands[1].id", 'duplicate id "A01" (also stands[0])'],
    [
      "exhibitors",
      (p: Loose) => (p.exhibitors[1].id = "ex-a"),
      "exhibitors[1].id",
      'duplicate id "ex-a" (also exhibitors[0])',
    ],
  ])("duplicate id in %s", (_name, change, path, message) => {
    expect(invalidOf(mutated(change))).toContainEqual({ path, message });
  });

  it.each(["obstacles", "exits", "powerBoxes", "zones", "stands"])("unknown hall in %s", (key) => {
    const plan = mutated((p) => (p[key][0].hallId = "h9"));
    expect(invalidOf(plan)).toEqual([{ path: `${key}[0].hallId`, message: 'unknown hall "h9"' }]);
  });

  it.each<[string, (p: Loose) => void, InvalidEntry[]]>([
    [
      "unknown power box",
      (p) => (p.stands[0].powerBoxId = "B9"),
      [{ path: "stands[0].powerBoxId", message: 'unknown power box "B9"' }],
    ],
    [
      "unknown exhibitor",
      (p) => (p.stands[1].exhibitorId = "ex-z"),
      [{ path: "stands[1].exhibitorId", message: 'unknown exhibitor "ex-z"' }],
    ],
    [
      "unknown pavilion",
      (p) => (p.exhibitors[1].pavilionId = "pav-9"),
      [{ path: "exhibitors[1].pavilionId", message: 'unknown zone "pav-9"' }],
    ],
    [
      "pavilion that is a quiet zone",
      (p) => (p.exhibitors[1].pavilionId = "calme"),
      [{ path: "exhibitors[1].pavilionId", message: 'zone "calme" is a quiet zone, not a pavilion' }],
    ],
    [
      "unknown near",
      (p) => (p.exhibitors[0].near = ["ex-b", "ex-z"]),
      [{ path: "exhibitors[0].near[1]", message: 'unknown exhibitor "ex-z"' }],
    ],
    [
      "unknown avoid",
      (p) => (p.exhibitors[1].avoid = ["ex-q"]),
      [{ path: "exhibitors[1].avoid[0]", message: 'unknown exhibitor "ex-q"' }],
    ],
    [
      "avoids itself",
      (p) => (p.exhibitors[0].avoid = ["ex-b", "ex-a"]),
      [{ path: "exhibitors[0].avoid[1]", message: "an exhibitor cannot list itself" }],
    ],
  ])("%s", (_name, change, expected) => {
    expect(invalidOf(mutated(change))).toEqual(expected);
  });

  it.each<[string, number[][], string]>([
    [
      "a bow-tie",
      [
        [0, 0],
        [20, 0],
        [0, 12],
        [20, 12],
      ],
      "polygon intersects itself (edges 1–2 and 3–0)",
    ],
    [
      "a pinched outline (a corner touching another wall)",
      [
        [0, 0],
        [20, 0],
        [20, 12],
        [10, 0],
        [0, 12],
      ],
      "polygon intersects itself (edges 0–1 and 2–3)",
    ],
    [
      "a spike folding back",
      [
        [0, 0],
        [20, 0],
        [20, 12],
        [20, 6],
        [0, 12],
      ],
      "polygon intersects itself (edges 1–2 and 2–3)",
    ],
    [
      "collinear points",
      [
        [0, 0],
        [10, 0],
        [20, 0],
      ],
      "polygon has zero area",
    ],
    [
      "a closing repeat",
      [
        [0, 0],
        [20, 0],
        [20, 12],
        [0, 12],
        [0, 0],
      ],
      "polygon repeats its first point at the end (polygons close by themselves)",
    ],
    [
      "a repeated point",
      [
        [0, 0],
        [20, 0],
        [20, 0],
        [20, 12],
        [0, 12],
      ],
      "point 2 repeats point 1",
    ],
  ])("refuses an outline with %s", (_name, outline, message) => {
    const invalid = invalidOf(mutated((p) => (p.halls[0].outline = outline)));
    expect(invalid.filter((e) => e.path === "halls[0].outline")).toEqual([
      { path: "halls[0].outline", message },
    ]);
  });

  it("checks obstacle and zone polygons too", () => {
    const plan = mutated((p) => {
      p.obstacles[0].polygon = [
        [15, 8],
        [15.4, 8.4],
        [15.4, 8],
        [15, 8.4],
      ];
      p.zones[1].polygon = [
        [14, 1],
        [19, 1],
        [14, 1],
      ];
    });
    expect(invalidOf(plan)).toEqual([
      { path: "obstacles[0].polygon", message: "polygon intersects itself (edges 0–1 and 2–3)" },
      {
        path: "zones[1].polygon",
        message: "polygon repeats its first point at the end (polygons close by themselves)",
      },
      { path: "zones[1].polygon", message: "polygon has zero area" },
    ]);
  });

  it("accepts non-convex outlines and straight runs of collinear points", () => {
    const plan = mutated(
      (p) =>
        (p.halls[0].outline = [
          [0, 0],
          [10, 0],
          [20, 0],
          [20, 12],
          [19, 12],
          [19, 9],
          [16, 9],
          [16, 12],
          [0, 12],
        ]),
    );
    expect(parsePlan(plan).ok).toBe(true);
  });

  it.each<[string, (p: Loose) => void, InvalidEntry[]]>([
    [
      "off the outline",
      (p) => (p.exits[0].a = [9, 1]),
      [
        {
          path: "exits[0]",
          message: "door a–b does not lie on its hall's outline (tolerance 1 cm)",
        },
      ],
    ],
    [
      "across a corner",
      (p) => Object.assign(p.exits[0], { a: [19, 0], b: [20, 1] }),
      [
        {
          path: "exits[0]",
          message: "door a–b does not lie on its hall's outline (tolerance 1 cm)",
        },
      ],
    ],
    [
      "of zero length",
      (p) => (p.exits[1].b = [9, 12]),
      [{ path: "exits[1]", message: "door has zero length (a and b are the same point)" }],
    ],
  ])("refuses a door %s", (_name, change, expected) => {
    expect(invalidOf(mutated(change))).toEqual(expected);
  });

  it("accepts a door drawn within 1 cm of its wall", () => {
    expect(parsePlan(mutated((p) => (p.exits[0].a = [9, 0.009]))).ok).toBe(true);
    expect(parsePlan(mutated((p) => (p.exits[0].a = [9, 0.011]))).ok).toBe(false);
  });
});

describe("parsePlan — what is a rule matter, not a broken file", () => {
  it("accepts a stand wired to a box of another hall; the rule power.out-of-reach reports it", async () => {
    const plan = mutated((p) => {
      p.halls.push({
        id: "h2",
        name: "Salle 2",
        outline: [
          [30, 0],
          [40, 0],
          [40, 10],
          [30, 10],
        ],
      });
      p.powerBoxes[1].hallId = "h2";
      p.powerBoxes[1].at = [35, 5];
    });
    const parsed = parsePlan(plan);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { validatePlan } = await import("../rules/validate-plan");
    const boxId = parsed.plan.powerBoxes[1]!.id;
    const wired = parsed.plan.stands.filter((s) => s.powerBoxId === boxId).map((s) => s.id);
    expect(wired.length).toBeGreaterThan(0);
    const reach = validatePlan(parsed.plan).filter((v) => v.rule === "power.out-of-reach");
    expect(reach.map((v) => v.subjects)).toEqual(wired.map((id) => [boxId, id].sort()));
  });
});
