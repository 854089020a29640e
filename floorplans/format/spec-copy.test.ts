import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/RULES.md and docs/examples/ are the product's own copy of the public spec: they must stay
// identical to the shared original while it is around (it is not shipped with the repository).
const shared = "/work/shared";
const docs = path.resolve(import.meta.dirname, "../../docs");

describe.skipIf(!existsSync(shared))("the product's copy of the spec", () => {
  it.each(["RULES.md", "examples/small.plan.json", "examples/small.expected.json"])(
    "docs/%s is identical",
    (file) => {
      expect(readFileSync(path.join(docs, file), "utf8")).toBe(readFileSync(path.join(shared, file), "utf8"));
    },
  );
});
