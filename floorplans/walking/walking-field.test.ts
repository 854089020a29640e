import { describe, expect, it } from "vitest";
import { WalkingField, type WalkingFieldInput } from "./index";
import { benchHall } from "../../tests/bench/walking-hall";
import {
  blocker,
  dist,
  door,
  pathLength,
  rect,
  rotatePoint,
  rotateScene,
  towards,
  type Pt,
} from "./scenes.test-support";

/**
 * Distances from the field may differ from the true geodesic by the grid's error: RULES.md
 * accepts 1 m. Straight walks come within half a metre (toBeCloseTo(x, 0)); a walk that turns
 * round a corner keeps a quarter cell off it and loses up to ~0.7 m there (README.md).
 */
const ACCEPTED_M = 1;

describe("WalkingField in an open hall", () => {
  // 66 × 40 m with the door in the middle of a short side: the far corners are 69 m away.
  const hall: WalkingFieldInput = {
    outline: rect(0, 0, 66, 40),
    doors: [door("D", [0, 19], [0, 21])],
    blockers: [],
  };
  const centre: Pt = [33, 20];

  it.each([0, 5, 11.25, 17, 22.5, 30, 37, 45, 52, 68, 83])(
    "turned by %s° stays within 1 m of the straight line to the door",
    (angle) => {
      const field = WalkingField.build(rotateScene(hall, angle, centre));
      const middle = rotatePoint([0, 20], angle, centre);
      let worst = 0;
      for (let x = 0.8; x < 65.2; x += 1.7) {
        for (let y = 0.8; y < 39.2; y += 1.3) {
          const p = rotatePoint([x, y], angle, centre);
          worst = Math.max(worst, Math.abs(field.distanceFrom(p, towards(p, middle)) - dist(p, middle)));
        }
      }
      expect(worst).toBeLessThan(ACCEPTED_M);
    },
  );

  it("is the same for any grid finer than the default", () => {
    const fine = WalkingField.build({ ...hall, cellM: 0.25 });
    expect(fine.distanceFrom([60, 5], towards([60, 5], [0, 20]))).toBeCloseTo(dist([60, 5], [0, 20]), 0);
  });
});

describe("WalkingField around obstacles", () => {
  // A thin wall from the top wall down to y = 16 leaves a 4 m passage at the bottom.
  const walled: WalkingFieldInput = {
    outline: rect(0, 0, 40, 20),
    doors: [door("D", [0, 9], [0, 11])],
    blockers: [blocker("wall", rect(19.9, 0, 0.2, 16))],
  };
  const M: Pt = [0, 10];

  it.each<[string, Pt, Pt[]]>([
    ["behind the wall, far up", [30, 2], [[20.1, 16], [19.9, 16], M]],
    ["behind the wall, level with the door", [35, 10], [[20.1, 16], [19.9, 16], M]],
    ["in sight of the door through the gap", [25, 18], [M]],
    ["on the door's side", [10, 5], [M]],
  ])("walks round the end of a wall (%s)", (_, from, bends) => {
    const field = WalkingField.build(walled);
    const geodesic = pathLength([from, ...bends]);
    expect(Math.abs(field.distanceFrom(from, towards(from, bends[0]!)) - geodesic)).toBeLessThan(ACCEPTED_M);
  });

  it.each([0, 30, 45])("gives the same walk when the hall is turned by %s°", (angle) => {
    const field = WalkingField.build(rotateScene(walled, angle, [20, 10]));
    const from = rotatePoint([30, 2], angle, [20, 10]);
    const corner = rotatePoint([20.1, 16], angle, [20, 10]);
    const geodesic = pathLength([[30, 2], [20.1, 16], [19.9, 16], M]);
    expect(Math.abs(field.distanceFrom(from, towards(from, corner)) - geodesic)).toBeLessThan(ACCEPTED_M);
  });

  it("starts on a stand's side and walks round the stand", () => {
    const field = WalkingField.build({
      outline: rect(0, 0, 30, 20),
      doors: [door("D", [0, 9], [0, 11])],
      blockers: [blocker("A01", rect(10, 8, 3, 3))],
    });
    expect(field.distanceFrom([10, 9.5], [-1, 0])).toBeCloseTo(dist([10, 9.5], [0, 10]), 0);
    const roundTheBack = pathLength([
      [13, 9.5],
      [13, 11],
      [10, 11],
      [0, 10],
    ]);
    expect(Math.abs(field.distanceFrom([13, 9.5], [1, 0]) - roundTheBack)).toBeLessThan(ACCEPTED_M);
  });
});

describe("WalkingField in an L-shaped hall", () => {
  const hall: WalkingFieldInput = {
    outline: [
      [0, 0],
      [40, 0],
      [40, 10],
      [10, 10],
      [10, 40],
      [0, 40],
    ],
    doors: [door("D", [40, 4], [40, 6])],
    blockers: [],
  };
  const M: Pt = [40, 5];
  const corner: Pt = [10, 10];

  it.each<[Pt, Pt[]]>([
    [
      [5, 35],
      [corner, M],
    ],
    [
      [2, 38],
      [corner, M],
    ],
    [
      [8, 20],
      [corner, M],
    ],
    [[20, 5], [M]],
  ])("bends at the inner corner on the way from %j", (from, bends) => {
    for (const angle of [0, 30]) {
      const field = WalkingField.build(rotateScene(hall, angle, [20, 20]));
      const p = rotatePoint(from, angle, [20, 20]);
      const d = field.distanceFrom(p, towards(p, rotatePoint(bends[0]!, angle, [20, 20])));
      expect(Math.abs(d - pathLength([from, ...bends]))).toBeLessThan(ACCEPTED_M);
    }
  });
});

describe("WalkingField with closed doors and passages", () => {
  const room = (blockers: WalkingFieldInput["blockers"]): WalkingFieldInput => ({
    outline: rect(0, 0, 20, 20),
    doors: [door("N", [9, 0], [11, 0])],
    blockers,
  });

  it("finds no way to a door a stand stands in front of", () => {
    const field = WalkingField.build(room([blocker("A01", rect(8, 0, 4, 3))]));
    expect(field.distanceFrom([10, 10], [0, -1])).toBe(Infinity);
    expect(field.distanceFrom([2, 18], [0, -1])).toBe(Infinity);
  });

  it("walks to the other door when one is blocked", () => {
    const field = WalkingField.build({
      ...room([blocker("A01", rect(8, 0, 4, 3))]),
      doors: [door("N", [9, 0], [11, 0]), door("S", [9, 20], [11, 20])],
    });
    expect(field.distanceFrom([10, 10], [0, 1])).toBeCloseTo(10, 0);
  });

  it("finds no way out of a pocket closed by stands", () => {
    const pocket = [rect(4, 4, 6, 1), rect(4, 9, 6, 1), rect(4, 5, 1, 4), rect(9, 5, 1, 4)];
    const field = WalkingField.build(room(pocket.map((p, k) => blocker(`S${k}`, p))));
    expect(field.distanceFrom([5, 7], [1, 0])).toBe(Infinity);
    expect(field.distanceFrom([10, 7], [1, 0])).toBeLessThan(Infinity);
  });

  it("finds no way out of a stand side that faces a wall 0.3 m away", () => {
    const field = WalkingField.build(room([blocker("A01", rect(16.7, 8, 3, 3))]));
    expect(field.distanceFrom([19.7, 9.5], [1, 0])).toBe(Infinity);
    expect(field.distanceFrom([16.7, 9.5], [-1, 0])).toBeLessThan(Infinity);
  });

  // A wall across a 30 × 20 hall with one gap; the door is on the far side.
  const gapped = (width: number, middle: number): WalkingFieldInput => ({
    outline: rect(0, 0, 30, 20),
    doors: [door("D", [0, 9], [0, 11])],
    blockers: [
      blocker("upper", rect(14.9, 0, 0.2, middle - width / 2)),
      blocker("lower", rect(14.9, middle + width / 2, 0.2, 20 - middle - width / 2)),
    ],
  });
  const cases = [0, 30, 45].flatMap((angle) => [10, 10.13, 10.37].map((middle) => [angle, middle] as const));

  it.each(cases)("treats a 0.3 m gap as closed (turned %s°, gap at y = %s)", (angle, middle) => {
    const field = WalkingField.build(rotateScene(gapped(0.3, middle), angle, [15, 10]));
    const from = rotatePoint([25, middle], angle, [15, 10]);
    expect(field.distanceFrom(from, towards(from, rotatePoint([0, 10], angle, [15, 10])))).toBe(Infinity);
  });

  it.each(cases)("walks through a 1.4 m gap (turned %s°, gap at y = %s)", (angle, middle) => {
    const field = WalkingField.build(rotateScene(gapped(1.4, middle), angle, [15, 10]));
    const from = rotatePoint([25, middle], angle, [15, 10]);
    const d = field.distanceFrom(from, towards(from, rotatePoint([0, 10], angle, [15, 10])));
    expect(d).toBeCloseTo(
      pathLength([
        [25, middle],
        [0, 10],
      ]),
      0,
    );
  });
});

describe("WalkingField along a narrow aisle", () => {
  // A 1.4 m aisle (the narrowest RULES.md allows) between two long blocks, 35 m to the door.
  const aisle: WalkingFieldInput = {
    outline: rect(0, 0, 40, 10),
    doors: [door("D", [0, 4], [0, 6])],
    blockers: [blocker("upper", rect(-1, -1, 42, 5.3)), blocker("lower", rect(-1, 5.7, 42, 5.3))],
  };

  it.each([0, 10, 30, 45, 60])("keeps its length when the hall is turned by %s°", (angle) => {
    const field = WalkingField.build(rotateScene(aisle, angle, [20, 5]));
    const from = rotatePoint([35, 5], angle, [20, 5]);
    expect(field.distanceFrom(from, towards(from, rotatePoint([0, 5], angle, [20, 5])))).toBeCloseTo(35, 0);
  });
});

describe("WalkingField in a full hall", () => {
  it("brings every stand of 448 in rows with 2–3 m aisles to a door, never closer than as the crow flies", () => {
    const { input, stands } = benchHall();
    const field = WalkingField.build(input);
    const middles = input.doors.map((d): Pt => [(d.a[0] + d.b[0]) / 2, (d.a[1] + d.b[1]) / 2]);
    for (const s of stands) {
      // Rows are back to back: the even rows face up (y decreasing), the odd ones down.
      const facesUp = stands.some((o) => o.y === s.y + 3 && o.x < s.x + s.width && s.x < o.x + o.width);
      const from: Pt = [s.x + s.width / 2, facesUp ? s.y : s.y + s.depth];
      const d = field.distanceFrom(from, [0, facesUp ? -1 : 1]);
      expect(d).toBeGreaterThanOrEqual(Math.min(...middles.map((m) => dist(from, m))) - 0.01);
      expect(d).toBeLessThan(80);
    }
  });
});

describe("WalkingField input", () => {
  it("refuses two blockers with one id", () => {
    const input = {
      outline: rect(0, 0, 10, 10),
      doors: [],
      blockers: [blocker("A", rect(1, 1, 1, 1)), blocker("A", rect(3, 3, 1, 1))],
    };
    expect(() => WalkingField.build(input)).toThrow(/duplicate blocker id "A"/);
  });

  it("knows no way out of a hall without doors", () => {
    expect(
      WalkingField.build({ outline: rect(0, 0, 10, 10), doors: [], blockers: [] }).distanceFrom(
        [5, 5],
        [1, 0],
      ),
    ).toBe(Infinity);
  });
});
