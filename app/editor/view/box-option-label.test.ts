import { describe, expect, it } from "vitest";
import { boxOptionLabel } from "./box-option-label";

describe("boxOptionLabel", () => {
  it("names a box by its id, then its label, so that boxes sharing a label can be told apart", () => {
    expect(boxOptionLabel({ id: "C-N1", label: "Coffret 36 kVA, mur nord" })).toBe(
      "C-N1 — Coffret 36 kVA, mur nord",
    );
    expect(boxOptionLabel({ id: "C-N2", label: "Coffret 36 kVA, mur nord" })).toBe(
      "C-N2 — Coffret 36 kVA, mur nord",
    );
  });

  it("says the id once when there is no label, or the label is the id", () => {
    expect(boxOptionLabel({ id: "B1" })).toBe("B1");
    expect(boxOptionLabel({ id: "B1", label: "B1" })).toBe("B1");
  });
});
