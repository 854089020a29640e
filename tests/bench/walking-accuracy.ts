/**
 * Accuracy of the walking field (floorplans/walking) against exact geodesics, per stencil:
 * open halls turned by every whole degree, and walks that bend round corners. Not a test:
 * `npx tsx tests/bench/walking-accuracy.ts [stencil…]`. The numbers go into floorplans/walking/README.md.
 */
import { WalkingField, type WalkingFieldInput } from "../../floorplans/walking";
import { STENCILS } from "./walking-hall";

type Pt = [number, number];
const rect = (x: number, y: number, w: number, h: number): Pt[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];
const turn = ([x, y]: Pt, deg: number, [cx, cy]: Pt): Pt => {
  const a = (deg * Math.PI) / 180;
  return [
    cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a),
    cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a),
  ];
};
const turned = (input: WalkingFieldInput, deg: number, c: Pt): WalkingFieldInput => ({
  ...input,
  outline: input.outline.map((p) => turn(p, deg, c)),
  doors: input.doors.map((d) => ({ ...d, a: turn(d.a, deg, c), b: turn(d.b, deg, c) })),
  blockers: input.blockers.map((b) => ({ ...b, polygon: b.polygon.map((p) => turn(p, deg, c)) })),
});
const length = (pts: Pt[]): number =>
  pts.slice(1).reduce((sum, p, k) => sum + Math.hypot(p[0] - pts[k]![0], p[1] - pts[k]![1]), 0);
const towards = (a: Pt, b: Pt): Pt => {
  const n = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return [(b[0] - a[0]) / n, (b[1] - a[1]) / n];
};

/** Largest |field − straight line| over an open 66 × 40 m hall (paths up to 69 m), every degree. */
function openHall(extraSteps: [number, number][] | undefined): { worst: number; at: string } {
  const hall: WalkingFieldInput = {
    outline: rect(0, 0, 66, 40),
    doors: [{ id: "D", a: [0, 19], b: [0, 21] }],
    blockers: [],
  };
  let worst = 0;
  let at = "";
  for (let deg = 0; deg < 90; deg++) {
    const field = WalkingField.build(turned(hall, deg, [33, 20]), { extraSteps });
    const door = turn([0, 20], deg, [33, 20]);
    for (let x = 0.8; x < 65.2; x += 1.7) {
      for (let y = 0.8; y < 39.2; y += 1.3) {
        const p = turn([x, y], deg, [33, 20]);
        const exact = Math.hypot(p[0] - door[0], p[1] - door[1]);
        const error = field.distanceFrom(p, towards(p, door)) - exact;
        if (Math.abs(error) > Math.abs(worst)) [worst, at] = [error, `${deg}°, ${exact.toFixed(0)} m`];
      }
    }
  }
  return { worst, at };
}

/** Walks that turn round corners, each at several angles: largest |field − geodesic|. */
function bends(extraSteps: [number, number][] | undefined): number {
  const L: WalkingFieldInput = {
    outline: [
      [0, 0],
      [40, 0],
      [40, 10],
      [10, 10],
      [10, 40],
      [0, 40],
    ],
    doors: [{ id: "D", a: [40, 4], b: [40, 6] }],
    blockers: [],
  };
  const wall: WalkingFieldInput = {
    outline: rect(0, 0, 40, 20),
    doors: [{ id: "D", a: [0, 9], b: [0, 11] }],
    blockers: [{ id: "w", polygon: rect(19.9, 0, 0.2, 16) }],
  };
  const cases: [WalkingFieldInput, Pt, Pt[]][] = [
    [
      L,
      [5, 35],
      [
        [10, 10],
        [40, 5],
      ],
    ],
    [
      L,
      [2, 38],
      [
        [10, 10],
        [40, 5],
      ],
    ],
    [
      L,
      [8, 20],
      [
        [10, 10],
        [40, 5],
      ],
    ],
    [
      wall,
      [30, 2],
      [
        [20.1, 16],
        [19.9, 16],
        [0, 10],
      ],
    ],
    [
      wall,
      [35, 10],
      [
        [20.1, 16],
        [19.9, 16],
        [0, 10],
      ],
    ],
  ];
  let worst = 0;
  for (const [input, from, path] of cases) {
    for (const deg of [0, 10, 22.5, 30, 45, 60]) {
      const field = WalkingField.build(turned(input, deg, [20, 20]), { extraSteps });
      const p = turn(from, deg, [20, 20]);
      const error =
        field.distanceFrom(p, towards(p, turn(path[0]!, deg, [20, 20]))) - length([from, ...path]);
      if (Math.abs(error) > Math.abs(worst)) worst = error;
    }
  }
  return worst;
}

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(STENCILS);
console.log("stencil      steps  open hall: worst error (where)      bends: worst error");
for (const name of names) {
  const extraSteps = STENCILS[name];
  const open = openHall(extraSteps);
  const count = 8 + 8 * (extraSteps?.length ?? 3);
  console.log(
    `${name.padEnd(12)} ${String(count).padStart(5)}  ${open.worst.toFixed(2).padStart(6)} m (${open.at})`.padEnd(
      50,
    ) + `${bends(extraSteps).toFixed(2).padStart(6)} m`,
  );
}
