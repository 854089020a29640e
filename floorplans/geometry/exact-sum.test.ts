import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum, exactSum } from "./exact-sum";

describe("ExactSum", () => {
  it("is exact where float addition is not", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([1e16, 1, -1e16])).toBe(1);
  });

  it("gives the same bits whatever the order, and forgets what is taken out", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 }), fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 10 }), (values, extra) => {
        const forward = new ExactSum();
        values.forEach((v) => forward.add(v));
        const mixed = new ExactSum();
        extra.forEach((v) => mixed.add(v));
        [...values].reverse().forEach((v) => mixed.add(v));
        extra.forEach((v) => mixed.subtract(v));
        expect(Object.is(mixed.value(), forward.value()) || (mixed.value() === 0 && forward.value() === 0)).toBe(true);
      }),
    );
  });
});
