import { describe, expect, it } from "vitest";
import { hypot2 } from "./hypot";

describe("hypot2", () => {
  it("equals Math.hypot bit for bit, special values included", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const mismatches: number[][] = [];
    for (let i = 0; i < 200_000; i++) {
      const a = random() * 10 ** ((i % 9) - 4);
      const b = random() * 10 ** ((i % 7) - 3);
      if (hypot2(a, b) !== Math.hypot(a, b)) mismatches.push([a, b]);
    }
    expect(mismatches).toEqual([]);
    for (const [a, b] of [[0, 0], [-0, 3], [3, -4], [Infinity, 1], [1, -Infinity], [NaN, 1], [1e-310, 1e-310], [1e300, 1e300]]) {
      expect(hypot2(a!, b!)).toBe(Math.hypot(a!, b!));
    }
  });
});
