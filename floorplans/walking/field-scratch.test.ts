import { describe, expect, it } from "vitest";
import { benchHall } from "../../tests/bench/walking-hall";
import { FieldScratch, WalkingField, type WalkingFieldInput } from "./index";
import { rect } from "./scenes.test-support";

/** Probe points all over the hall, leaving in the four axis directions: a fingerprint of the field. */
function probe(field: WalkingField, input: WalkingFieldInput): number[] {
  const xs = input.outline.map((p) => p[0]);
  const ys = input.outline.map((p) => p[1]);
  const out: number[] = [];
  for (let x = Math.min(...xs) + 0.3; x < Math.max(...xs); x += 1.7) {
    for (let y = Math.min(...ys) + 0.3; y < Math.max(...ys); y += 1.3) {
      for (const outward of [[1, 0], [0, 1], [-1, 0], [0, -1]] as [number, number][]) out.push(field.distanceFrom([x, y], outward));
    }
  }
  return out;
}

describe("WalkingField on a scratch, with blockers as bare rectangles", () => {
  const { input } = benchHall(3);

  it("gives exactly the field of a plain build, hall after hall on the same buffers", () => {
    const plain = probe(WalkingField.build(input), input);
    const scratch = new FieldScratch();
    // A bigger hall first, so the second build reuses larger buffers and must not see its data.
    const big: WalkingFieldInput = { outline: rect(0, 0, 150, 120), doors: [{ id: "D", a: [0, 50], b: [0, 52] }], blockers: [{ id: "B", polygon: rect(10, 10, 40, 40) }] };
    WalkingField.build(big, { scratch });
    // Unrotated stands as rectangles (minX, minY, maxX, maxY), the others as polygons.
    const boxes = input.blockers.filter((b) => b.polygon.length === 4 && b.polygon[0]![1] === b.polygon[1]![1] && b.polygon[1]![0] === b.polygon[2]![0]);
    const others = input.blockers.filter((b) => !boxes.includes(b));
    expect(boxes.length).toBeGreaterThan(100);
    const rects = Float64Array.from(boxes.flatMap((b) => [b.polygon[0]![0], b.polygon[0]![1], b.polygon[2]![0], b.polygon[2]![1]]));
    const field = WalkingField.build({ ...input, blockers: others, rects }, { scratch });
    expect(probe(field, input)).toEqual(plain);
  });

  it("refuses updates once built on a scratch (its blockers were not kept)", () => {
    const field = WalkingField.build(input, { scratch: new FieldScratch() });
    expect(() => field.update([{ id: input.blockers[0]!.id, polygon: null }])).toThrow(/scratch/);
  });

  it("keeps rectangles fixed in a field that is updated", () => {
    const hall: WalkingFieldInput = { outline: rect(0, 0, 30, 20), doors: [{ id: "D", a: [0, 9], b: [0, 11] }], blockers: [] };
    // A wall of rectangles from y = 0 to 18 at x = 10 leaves a 2 m passage at the bottom.
    const field = WalkingField.build({ ...hall, rects: Float64Array.of(10, 0, 11, 18) });
    const before = field.distanceFrom([20, 10], [-1, 0]);
    // S closes the passage: nothing reaches the door any more.
    field.update([{ id: "S", polygon: rect(9, 17.5, 3, 2.5) }]);
    const reference = WalkingField.build({ ...hall, blockers: [{ id: "W", polygon: rect(10, 0, 1, 18) }, { id: "S", polygon: rect(9, 17.5, 3, 2.5) }] });
    expect(field.distanceFrom([20, 10], [-1, 0])).toBe(reference.distanceFrom([20, 10], [-1, 0]));
    expect(field.distanceFrom([20, 10], [-1, 0])).toBe(Infinity);
    expect(before).toBeGreaterThan(20);
  });
});
