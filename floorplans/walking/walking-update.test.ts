import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFieldState } from "./build";
import { WalkingField, type WalkingFieldInput } from "./index";
import { repair } from "./repair";
import { blocker, door, rect, rotatePoint, type Pt } from "./scenes.test-support";

// A notched 24 × 18 m hall with three doors, small enough for thousands of fresh builds.
const outline: Pt[] = [
  [0, 0],
  [24, 0],
  [24, 18],
  [14, 18],
  [14, 13],
  [10, 13],
  [10, 18],
  [0, 18],
];
const doors = [door("N", [3, 0], [5, 0]), door("E", [24, 8], [24, 10]), door("S", [1, 18], [3, 18])];
const initial: [string, Pt[]][] = [
  ["A", rect(2, 2, 3, 3)],
  ["B", rect(5, 2, 3, 3)],
  ["C", rect(11, 2, 3, 6)],
  ["D", rect(16, 4, 4, 3)],
  ["P", rect(8, 9, 0.4, 0.4)],
];

const inputOf = (blockers: Map<string, Pt[]>): WalkingFieldInput => ({
  outline,
  doors,
  blockers: [...blockers].map(([id, polygon]) => blocker(id, polygon)),
});

const coordinate = (min: number, max: number): fc.Arbitrary<number> =>
  // Twentieths of a metre: shapes often land exactly on cell edges and centres, where rounding bites.
  fc.integer({ min: Math.round(min * 20), max: Math.round(max * 20) }).map((v) => v / 20);

const shape: fc.Arbitrary<Pt[]> = fc
  .record({
    x: coordinate(-2, 24),
    y: coordinate(-2, 18),
    w: coordinate(0.1, 6),
    h: coordinate(0.1, 4),
    turn: fc.constantFrom(0, 0, 15, 45, 90, 117),
    notched: fc.boolean(),
  })
  .map(({ x, y, w, h, turn, notched }) => {
    const polygon: Pt[] = notched
      ? [
          [x, y],
          [x + w, y],
          [x + w, y + h / 2],
          [x + w / 2, y + h / 2],
          [x + w / 2, y + h],
          [x, y + h],
        ]
      : rect(x, y, w, h);
    return polygon.map((p) => rotatePoint(p, turn, [x + w / 2, y + h / 2]));
  });

type Change =
  | { kind: "move"; pick: number; dx: number; dy: number }
  | { kind: "add"; polygon: Pt[] }
  | { kind: "remove"; pick: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant("move" as const),
    pick: fc.nat(),
    dx: coordinate(-1.5, 1.5),
    dy: coordinate(-1.5, 1.5),
  }),
  fc.record({ kind: fc.constant("add" as const), polygon: shape }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
);

/** Applies a batch to the model; returns the update() argument. */
function applyTo(
  model: Map<string, Pt[]>,
  batch: Change[],
  next: { id: number },
): { id: string; polygon: Pt[] | null }[] {
  return batch.map((c) => {
    const ids = [...model.keys()];
    if (c.kind === "add" || ids.length === 0) {
      const id = `N${next.id++}`;
      const polygon = c.kind === "add" ? c.polygon : rect(6, 6, 2, 2);
      model.set(id, polygon);
      return { id, polygon };
    }
    const id = ids[c.pick % ids.length]!;
    if (c.kind === "remove") {
      model.delete(id);
      return { id, polygon: null };
    }
    const polygon = model.get(id)!.map(([x, y]): Pt => [x + c.dx, y + c.dy]);
    model.set(id, polygon);
    return { id, polygon };
  });
}

/** Index of the first differing cell, -1 if none (toEqual on typed arrays is slow for hundreds of runs). */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

const batches = fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 });

describe("WalkingField.update", () => {
  it("repairs the field to exactly what a fresh build computes", () => {
    fc.assert(
      fc.property(batches, (steps) => {
        const model = new Map(initial);
        const state = buildFieldState(inputOf(model));
        const next = { id: 0 };
        for (const batch of steps) {
          repair(state, applyTo(model, batch, next));
          const fresh = buildFieldState(inputOf(model));
          expect(firstDifference(state.dist, fresh.dist)).toBe(-1);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("answers like a fresh build at probe points after any moves, additions and removals", () => {
    const probes: Pt[] = [];
    for (let x = 0.6; x < 24; x += 1.1) for (let y = 0.6; y < 18; y += 0.9) probes.push([x, y]);
    const outwards: Pt[] = [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
      [Math.SQRT1_2, Math.SQRT1_2],
    ];
    fc.assert(
      fc.property(batches, (steps) => {
        const model = new Map(initial);
        const field = WalkingField.build(inputOf(model));
        const next = { id: 0 };
        for (const batch of steps) field.update(applyTo(model, batch, next));
        const fresh = WalkingField.build(inputOf(model));
        const differ = probes.flatMap((p) =>
          outwards.filter((u) => field.distanceFrom(p, u) !== fresh.distanceFrom(p, u)).map((u) => [p, u]),
        );
        expect(differ).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("returns areas that hold every query point whose answer changed", () => {
    const probes: Pt[] = [];
    for (let x = 0.3; x < 24; x += 0.7) for (let y = 0.3; y < 18; y += 0.65) probes.push([x, y]);
    const outwards: Pt[] = [
      [1, 0],
      [0, -1],
      [-Math.SQRT1_2, Math.SQRT1_2],
    ];
    const inside = (p: Pt, areas: number[]) => {
      for (let k = 0; k < areas.length; k += 4) if (p[0] >= areas[k]! && p[1] >= areas[k + 1]! && p[0] <= areas[k + 2]! && p[1] <= areas[k + 3]!) return true;
      return false;
    };
    let changedAnswers = 0;
    let outsideAll = 0;
    fc.assert(
      fc.property(batches, (steps) => {
        const model = new Map(initial);
        const field = WalkingField.build(inputOf(model));
        const next = { id: 0 };
        for (const batch of steps) {
          const before = probes.map((p) => outwards.map((u) => field.distanceFrom(p, u)));
          const areas = field.update(applyTo(model, batch, next));
          probes.forEach((p, i) => {
            const moved = outwards.some((u, k) => !Object.is(field.distanceFrom(p, u), before[i]![k]));
            if (moved) changedAnswers++;
            if (!inside(p, areas)) outsideAll++;
            if (moved) expect(inside(p, areas), `probe ${p.join(", ")}`).toBe(true);
          });
        }
      }),
      { numRuns: 100 },
    );
    // The check means something: answers did change, and most probes were left out of the areas.
    expect(changedAnswers).toBeGreaterThan(100);
    expect(outsideAll).toBeGreaterThan(changedAnswers);
  }, 60_000);

  // From under stand B, facing it: the way to the north door goes round the A–B block.
  it.each<[string, Pt[] | null, "shorter" | "same" | "longer"]>([
    ["away", null, "shorter"],
    ["onto itself", rect(5, 2, 3, 3), "same"],
    ["a metre to the left, over A", rect(4, 2, 3, 3), "shorter"],
    ["in front of the north door", rect(2, -0.5, 4, 2.5), "longer"],
  ])("moves stand B %s and back", (_, polygon, effect) => {
    const field = WalkingField.build(inputOf(new Map(initial)));
    const from: Pt = [6.5, 6.5];
    const before = field.distanceFrom(from, [0, -1]);
    field.update([{ id: "B", polygon }]);
    const after = field.distanceFrom(from, [0, -1]);
    if (effect === "same") expect(after).toBe(before);
    if (effect === "shorter") expect(after).toBeLessThan(before - 1);
    if (effect === "longer") expect(after).toBeGreaterThan(before + 1);
    field.update([{ id: "B", polygon: rect(5, 2, 3, 3) }]);
    expect(field.distanceFrom(from, [0, -1])).toBe(before);
  });

  it("closes and reopens the way out of a room whose only door gets blocked", () => {
    const room = { outline: rect(0, 0, 10, 10), doors: [door("D", [4, 0], [6, 0])], blockers: [] };
    const field = WalkingField.build(room);
    const open = field.distanceFrom([5, 8], [0, -1]);
    field.update([{ id: "crate", polygon: rect(3, 0, 4, 1) }]);
    expect(field.distanceFrom([5, 8], [0, -1])).toBe(Infinity);
    field.update([{ id: "crate", polygon: null }]);
    expect(field.distanceFrom([5, 8], [0, -1])).toBe(open);
  });
});
