import { describe, expect, it } from "vitest";
import { parsePlanJson, type InvalidEntry } from "./parse";
import { buildValidPlanInput, invalidOf, mutated, type LoosePlan as Loose } from "./plan-fixtures";

describe("parsePlan — schema problems", () => {
  it.each<[string, (p: Loose) => void, InvalidEntry[]]>([
    ["zero width", (p) => (p.stands[0].width = 0), [{ path: "stands[0].width", message: "must be > 0" }]],
    [
      "negative depth",
      (p) => (p.stands[1].depth = -3),
      [{ path: "stands[1].depth", message: "must be > 0" }],
    ],
    [
      "zero requested area",
      (p) => (p.exhibitors[1].requestedAreaM2 = 0),
      [{ path: "exhibitors[1].requestedAreaM2", message: "must be > 0" }],
    ],
    [
      "zero box capacity",
      (p) => (p.powerBoxes[0].capacityKw = 0),
      [{ path: "powerBoxes[0].capacityKw", message: "must be > 0" }],
    ],
    [
      "negative hall supply",
      (p) => (p.halls[0].powerSupplyKw = -1),
      [{ path: "halls[0].powerSupplyKw", message: "must be >= 0" }],
    ],
    [
      "non-positive rule",
      (p) => (p.rules = { minAisleM: 0 }),
      [{ path: "rules.minAisleM", message: "must be > 0" }],
    ],
    [
      "share above 1",
      (p) => (p.rules = { coveredMaxShare: 2 }),
      [{ path: "rules.coveredMaxShare", message: "must be <= 1" }],
    ],
    [
      "wrong format",
      (p) => (p.format = "allee.plan/v2"),
      [{ path: "format", message: 'must be "allee.plan/v1"' }],
    ],
    ["no hall", (p) => (p.halls = []), [{ path: "halls", message: "must list at least one hall" }]],
    ["missing hall name", (p) => delete p.halls[0].name, [{ path: "halls[0].name", message: "is required" }]],
    ["empty id", (p) => (p.stands[0].id = "  "), [{ path: "stands[0].id", message: "must not be empty" }]],
    [
      "string coordinate",
      (p) => (p.stands[0].x = "4"),
      [{ path: "stands[0].x", message: 'must be a number, not "4"' }],
    ],
    [
      "three-number point",
      (p) => (p.exits[0].a = [9, 0, 1]),
      [{ path: "exits[0].a", message: "must have at most 2 items" }],
    ],
    [
      "two-point polygon",
      (p) =>
        (p.zones[1].polygon = [
          [0, 0],
          [1, 1],
        ]),
      [{ path: "zones[1].polygon", message: "must have at least 3 points" }],
    ],
    [
      "unknown obstacle kind",
      (p) => (p.obstacles[0].kind = "column"),
      [
        {
          path: "obstacles[0].kind",
          message: 'unknown value "column" (expected "pillar", "wall", "technical" or "no-build")',
        },
      ],
    ],
    [
      "unknown zone kind",
      (p) => (p.zones[1].kind = "silent"),
      [{ path: "zones[1].kind", message: 'unknown value "silent" (expected "pavilion", "quiet" or "demo")' }],
    ],
    [
      "unknown noise",
      (p) => (p.exhibitors[0].noise = "loudest"),
      [
        {
          path: "exhibitors[0].noise",
          message: 'unknown value "loudest" (expected "quiet", "normal" or "loud")',
        },
      ],
    ],
    [
      "unknown status",
      (p) => (p.stands[0].status = "sold"),
      [
        {
          path: "stands[0].status",
          message: 'unknown value "sold" (expected "available", "held", "reserved", "assigned" or "blocked")',
        },
      ],
    ],
    [
      "two phases",
      (p) => (p.powerBoxes[1].phases = 2),
      [{ path: "powerBoxes[1].phases", message: "must be 1 or 3, not 2" }],
    ],
  ])("%s", (_name, change, expected) => {
    expect(invalidOf(mutated(change))).toEqual(expected);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "allee.plan/v1"],
  ])("refuses %s as a whole document", (_name, input) => {
    expect(invalidOf(input)).toEqual([
      { path: "", message: expect.stringMatching(/^must be an object, not /) },
    ]);
  });
});

describe("parsePlan — every problem at once", () => {
  it("lists schema and cross-check problems together, in file order", () => {
    const plan = mutated((p) => {
      p.stands[0].width = 0;
      p.stands[0].hallId = "h9";
      p.stands[1].id = "A01";
      p.exhibitors[0].avoid = ["nobody"];
      p.zones[0].kind = "lounge";
      p.halls[0].outline = [
        [0, 0],
        [20, 0],
        [0, 12],
        [20, 12],
      ];
    });
    expect(invalidOf(plan)).toEqual([
      { path: "halls[0].outline", message: "polygon intersects itself (edges 1–2 and 3–0)" },
      { path: "zones[0].kind", message: 'unknown value "lounge" (expected "pavilion", "quiet" or "demo")' },
      { path: "stands[0].width", message: "must be > 0" },
      { path: "stands[0].hallId", message: 'unknown hall "h9"' },
      { path: "stands[1].id", message: 'duplicate id "A01" (also stands[0])' },
      { path: "exhibitors[0].avoid[0]", message: 'unknown exhibitor "nobody"' },
    ]);
  });

  it("does not report references into a collection that is itself unreadable", () => {
    const plan = mutated((p) => (p.halls = "h1"));
    expect(invalidOf(plan)).toEqual([{ path: "halls", message: 'must be an array, not "h1"' }]);
  });
});

describe("parsePlanJson", () => {
  it("reports a syntax error at the root path", () => {
    const result = parsePlanJson('{ "format": ');
    expect(result).toEqual({
      ok: false,
      invalid: [{ path: "", message: expect.stringMatching(/^not valid JSON: /) }],
    });
  });

  it("reads a file saved with a byte-order mark", () => {
    expect(parsePlanJson(`\uFEFF${JSON.stringify(buildValidPlanInput())}`).ok).toBe(true);
  });

  it("validates what it reads", () => {
    const text = JSON.stringify(mutated((p) => (p.stands[0].depth = 0)));
    expect(parsePlanJson(text)).toEqual({
      ok: false,
      invalid: [{ path: "stands[0].depth", message: "must be > 0" }],
    });
  });
});
