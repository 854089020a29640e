import { describe, expect, it } from "vitest";
import { isValidSiret, normaliseSiret } from "./siret";

describe("isValidSiret", () => {
  it.each([
    ["73282932000074", true], // a published SIRET
    ["35600000000048", true], // La Poste's head office: a plain Luhn key
    ["35600000049837", true], // a La Poste establishment: digit sum multiple of 5
    ["73282932000075", false], // one digit off: the key no longer matches
    ["35600000049838", false],
    ["7328293200007", false], // 13 digits
    ["732829320000740", false], // 15 digits
    ["7328293200007a", false],
    ["", false],
  ])("%s → %s", (siret, valid) => {
    expect(isValidSiret(siret)).toBe(valid);
  });

  it("reads SIRETs typed with spaces, dots or no-break spaces", () => {
    expect(normaliseSiret("732 829 320\u00a000074")).toBe("73282932000074");
    expect(normaliseSiret("732.829.320.00074")).toBe("73282932000074");
  });
});
