import { describe, expect, it } from "vitest";
import type { Plan } from "../../floorplans/format/schema";
import { buildMiniMaps } from "./stand-mini-map";

const stand = (id: string, hallId: string, exhibitorId: string | null, rotation = 0) => ({
  id,
  hallId,
  x: 2,
  y: 2,
  width: 4,
  depth: 2,
  rotation,
  covered: false,
  powerBoxId: null,
  exhibitorId,
});

const plan = {
  format: "allee.plan/v1",
  rules: {},
  halls: [
    {
      id: "a",
      name: "Hall A",
      outline: [
        [0, 0],
        [20, 0],
        [20, 10],
        [0, 10],
      ],
    },
    {
      id: "b",
      name: "Hall B",
      outline: [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    },
  ],
  obstacles: [
    {
      id: "p1",
      hallId: "a",
      kind: "pillar",
      polygon: [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
      ],
    },
  ],
  exits: [],
  powerBoxes: [],
  zones: [],
  stands: [stand("A1", "a", "lumen", 90), stand("A2", "a", "rival"), stand("B1", "b", "rival")],
  exhibitors: [],
} as unknown as Plan;

describe("buildMiniMaps", () => {
  it("draws only the halls with the exhibitor's stands, its own stands marked", () => {
    const maps = buildMiniMaps(plan, "lumen");
    expect(maps.map((m) => m.hallName)).toEqual(["Hall A"]);
    const [map] = maps;
    expect(map?.viewBox).toBe("-1 -1 22 12");
    expect(map?.obstacles).toEqual(["5,5 6,5 6,6 5,6"]);
    expect(map?.stands.map((s) => [s.code, s.own])).toEqual([
      ["A1", true],
      ["A2", false],
    ]);
    // A quarter turn about the centre (4, 3): the 4 × 2 stand becomes 2 × 4.
    expect(map?.stands[0]?.points).toBe("5,1 5,5 3,5 3,1");
  });

  it("draws nothing for an exhibitor without a stand", () => {
    expect(buildMiniMaps(plan, "nobody")).toEqual([]);
  });
});
