import { describe, expect, it } from "vitest";
import { namespaceNames, resources } from "./resources";

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as `path → text`. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") leaves.set(path, value);
    else for (const [p, v] of flatten(value, path)) leaves.set(p, v);
  }
  return leaves;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(namespaceNames)("the %s namespace", (ns) => {
  const fr = flatten(resources.fr[ns] as Tree);
  const en = flatten(resources.en[ns] as Tree);

  it("has the same keys in French and English", () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it("has no empty message", () => {
    const empty = [...fr, ...en].filter(([, text]) => text.trim() === "").map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it("uses the same {{placeholders}} in both languages", () => {
    const mismatched = [...fr].filter(([path, text]) => {
      const english = en.get(path);
      return english !== undefined && placeholders(english).join() !== placeholders(text).join();
    });
    expect(mismatched.map(([path]) => path)).toEqual([]);
  });
});
