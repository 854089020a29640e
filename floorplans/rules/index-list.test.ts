import Flatbush from "flatbush";
import { describe, expect, it } from "vitest";
import { IndexList, searchIndex } from "./index-list";

function seeded(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 16807) % 2147483647) / 2147483647);
}

describe("searchIndex", () => {
  it.each([1, 5, 16, 17, 300, 5000])("finds exactly what Flatbush.search finds among %s boxes, touching ones included", (n) => {
    const random = seeded(n + 11);
    const index = new Flatbush(n);
    const boxes: number[][] = [];
    for (let i = 0; i < n; i++) {
      // Whole metres, so that many boxes merely touch the queries' edges.
      const x = Math.floor(random() * 200);
      const y = Math.floor(random() * 100);
      const box = [x, y, x + 1 + Math.floor(random() * 6), y + 3];
      boxes.push(box);
      index.add(box[0]!, box[1]!, box[2]!, box[3]!);
    }
    index.finish();
    const map = Int32Array.from({ length: n }, (_, i) => 1000 + i);
    const out = new IndexList();
    for (let q = 0; q < 200; q++) {
      const x = Math.floor(random() * 200);
      const y = Math.floor(random() * 100);
      const w = Math.floor(random() * 12);
      out.clear();
      searchIndex(index, x, y, x + w, y + w, out);
      expect(Array.from(out.items.subarray(0, out.length)).sort((a, b) => a - b)).toEqual(index.search(x, y, x + w, y + w).sort((a, b) => a - b));
      out.clear();
      searchIndex(index, x, y, x + w, y + w, out, map);
      expect(Array.from(out.items.subarray(0, out.length)).sort((a, b) => a - b)).toEqual(index.search(x, y, x + w, y + w).map((i) => 1000 + i).sort((a, b) => a - b));
    }
  });
});
