import { describe, expect, it } from "vitest";
import smallPlan from "../../docs/examples/small.plan.json";
import { planSchema } from "../format/schema";
import { describeViolation, toReported } from "./messages";
import { RULE_IDS, type RuleId, type Violation } from "./types";
import { makeViolation } from "./violation";
import { validatePlan } from "./validate-plan";

/**
 * One finding per rule, with the data the rules produce, and what each locale must name. French
 * numbers group thousands with a narrow no-break space (U+202F) and precede % with a no-break
 * space (U+00A0), as Intl writes them.
 */
const SAMPLES: [RuleId, string[], Violation["data"], string[], string[]][] = [
  ["stand.outside-hall", ["A1"], { standId: "A1", hallId: "H" }, ["A1", "Hall One"], ["A1", "Hall One"]],
  ["stand.overlap", ["A1", "A2"], { standId: "A1", otherStandId: "A2", depthM: 0.25 }, ["A1", "A2", "0,25 m"], ["A1", "A2", "0.25 m"]],
  ["stand.obstacle", ["A1", "W1"], { standId: "A1", obstacleId: "W1", depthM: 0.5 }, ["A1", "W1", "0,50 m"], ["A1", "W1", "0.50 m"]],
  ["stand.pillar", ["A1", "P1"], { standId: "A1", obstacleId: "P1", depthM: 0.4 }, ["A1", "P1", "poteau"], ["A1", "P1", "Pillar"]],
  ["aisle.too-narrow", ["A1", "W1"], { standId: "A1", otherId: "W1", otherKind: "obstacle", distanceM: 1.2, minM: 1.4 }, ["1,20 m", "obstacle W1", "1,40 m"], ["1.20 m", "obstacle W1", "1.40 m"]],
  ["stand.no-access", ["A1"], { standId: "A1", minStretchM: 1 }, ["A1", "1,00 m"], ["A1", "1.00 m"]],
  ["exit.blocked", ["A1", "E1"], { exitId: "E1", standId: "A1", clearanceM: 1.4 }, ["A1", "E1", "1,40 m"], ["A1", "E1", "1.40 m"]],
  ["exit.too-far", ["A1"], { standId: "A1", distanceM: 62.5, maxM: 50, exitCount: 2 }, ["A1", "62,50 m", "50,00 m"], ["A1", "62.50 m", "50.00 m"]],
  ["circulation.share", ["H"], { hallId: "H", standAreaM2: 1700.5, floorM2: 2400, maxStandAreaM2: 1600.08, minShare: 0.3333 }, ["Hall One", "1\u202f700,5 m²", "2\u202f400 m²", "33,3\u00a0%"], ["Hall One", "1,700.5 m²", "2,400 m²", "33.3%"]],
  ["covered.too-large", ["A1"], { standId: "A1", areaM2: 320, maxM2: 300 }, ["A1", "320 m²", "300 m²"], ["A1", "320 m²", "300 m²"]],
  ["covered.too-close", ["A1", "A2"], { standId: "A1", otherStandId: "A2", distanceM: 2.5, minM: 4 }, ["A1", "A2", "2,50 m", "4,00 m"], ["A1", "A2", "2.50 m", "4.00 m"]],
  ["covered.share", ["H"], { hallId: "H", coveredAreaM2: 300, floorM2: 2400, maxCoveredM2: 240, maxShare: 0.1 }, ["Hall One", "300 m²", "12,5\u00a0%", "10\u00a0%"], ["Hall One", "300 m²", "12.5%", "10%"]],
  ["area.too-small", ["ex"], { exhibitorId: "ex", areaM2: 9, requestedM2: 12, minM2: 11.4 }, ["Studio Lumen", "9 m²", "12 m²", "11,4 m²"], ["Studio Lumen", "9 m²", "12 m²", "11.4 m²"]],
  ["area.too-large", ["ex"], { exhibitorId: "ex", areaM2: 18, requestedM2: 12, maxM2: 15 }, ["Studio Lumen", "18 m²", "15 m²"], ["Studio Lumen", "18 m²", "15 m²"]],
  ["power.unconnected", ["A1"], { standId: "A1", demandKw: 2.5 }, ["A1", "2,5 kW"], ["A1", "2.5 kW"]],
  ["power.box-overload", ["B1"], { boxId: "B1", demandKw: 7, capacityKw: 6 }, ["B1", "7 kW", "6 kW"], ["B1", "7 kW", "6 kW"]],
  ["power.out-of-reach", ["A1", "B1"], { standId: "A1", boxId: "B1", distanceM: 34.5, maxM: 30 }, ["A1", "B1", "34,50 m", "30,00 m"], ["A1", "B1", "34.50 m", "30.00 m"]],
  ["power.phase-mismatch", ["A1", "B1"], { standId: "A1", boxId: "B1" }, ["A1", "B1", "triphasé"], ["A1", "B1", "three-phase"]],
  ["power.single-phase-high", ["A1"], { standId: "A1", demandKw: 4, maxKw: 3.7 }, ["A1", "4 kW", "3,7 kW"], ["A1", "4 kW", "3.7 kW"]],
  ["power.hall-supply", ["H"], { hallId: "H", demandKw: 420, supplyKw: 400 }, ["Hall One", "420 kW", "400 kW"], ["Hall One", "420 kW", "400 kW"]],
  ["pavilion.outside", ["A1", "Z"], { standId: "A1", zoneId: "Z" }, ["A1", "Village"], ["A1", "Village"]],
  ["pavilion.intruder", ["A1", "Z"], { standId: "A1", zoneId: "Z" }, ["A1", "Village"], ["A1", "Village"]],
  ["adjacency.competitor", ["A1", "A2"], { standId: "A1", otherStandId: "A2", exhibitorId: "ex", otherExhibitorId: "ey", distanceM: 0, minM: 3 }, ["A1", "A2", "Studio Lumen", "Atelier Onde", "0,00 m", "3,00 m"], ["A1", "A2", "Studio Lumen", "Atelier Onde", "0.00 m", "3.00 m"]],
  ["adjacency.wish", ["ex", "ey"], { exhibitorId: "ex", otherExhibitorId: "ey", distanceM: 8.25, maxM: 6 }, ["Studio Lumen", "Atelier Onde", "8,25 m", "6,00 m"], ["Studio Lumen", "Atelier Onde", "8.25 m", "6.00 m"]],
  ["adjacency.noise", ["A1", "Q"], { standId: "A1", otherId: "Q", otherKind: "zone", distanceM: 3, bufferM: 5 }, ["A1", "zone calme", "Calm corner", "3,00 m", "5,00 m"], ["A1", "quiet zone", "Calm corner", "3.00 m", "5.00 m"]],
];

const NAMES: Record<string, string> = { H: "Hall One", ex: "Studio Lumen", ey: "Atelier Onde", Z: "Village", Q: "Calm corner" };
const names = (id: string) => NAMES[id] ?? id;

describe("describeViolation", () => {
  it("has a sample for every rule of the catalogue", () => {
    expect(SAMPLES.map(([rule]) => rule).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(SAMPLES)("%s: names the things and figures in French and English", (rule, subjects, data, fr, en) => {
    const v = makeViolation(rule, subjects, data);
    const french = describeViolation(v, "fr", names);
    const english = describeViolation(v, "en", names);
    for (const part of fr) expect(french).toContain(part);
    for (const part of en) expect(english).toContain(part);
    expect(french).not.toBe(english);
  });

  it.each([
    ["fr", "Allée de 1,00 m entre A12 et A13 : minimum 1,40 m"],
    ["en", "Aisle of 1.00 m between A12 and A13: minimum 1.40 m"],
  ] as const)("words the aisle between two stands (%s)", (locale, text) => {
    const v = makeViolation("aisle.too-narrow", ["A12", "A13"], { standId: "A12", otherId: "A13", otherKind: "stand", distanceM: 1, minM: 1.4 });
    expect(describeViolation(v, locale)).toBe(text);
  });

  it.each([
    ["aisle.too-narrow", "hall wall", { standId: "A1", otherId: "H", otherKind: "hall", distanceM: 0.5, minM: 1.4 }, "le mur du hall Hall One", "the wall of hall Hall One"],
    ["exit.too-far", "unreachable exit", { standId: "A1", maxM: 50, exitCount: 2 }, "Aucune sortie", "No exit can be reached"],
    ["exit.too-far", "hall without exit", { standId: "A1", maxM: 50, exitCount: 0 }, "aucune sortie", "has no exit"],
    ["power.out-of-reach", "box in another hall", { standId: "A1", boxId: "B1", boxHallId: "H", maxM: 30 }, "autre hall (Hall One)", "another hall (Hall One)"],
    ["adjacency.wish", "wish across halls", { exhibitorId: "ex", otherExhibitorId: "ey", maxM: 6 }, "halls différents", "different halls"],
    ["adjacency.noise", "quiet stand", { standId: "A1", otherId: "A2", otherKind: "stand", distanceM: 2, bufferM: 5 }, "du stand calme A2", "quiet stand A2"],
  ] as const)("%s: words the %s variant", (rule, _, data, fr, en) => {
    const v = makeViolation(rule, ["x"], { ...data });
    expect(describeViolation(v, "fr", names)).toContain(fr);
    expect(describeViolation(v, "en", names)).toContain(en);
  });
});

describe("toReported", () => {
  it("gives the public shape with messages naming the plan's things", () => {
    const plan = planSchema.parse(smallPlan);
    const reported = toReported(validatePlan(plan), "fr", plan);
    expect(reported[0]).toEqual({
      rule: "adjacency.competitor",
      severity: "error",
      subjects: ["A01", "A02"],
      message: "Les stands A01 (Studio Lumen) et A02 (Atelier Onde), concurrents, sont à 0,00 m : minimum 3,00 m",
    });
    expect(reported.find((r) => r.rule === "area.too-small")!.message).toBe("XR Lab reçoit 9 m² pour 12 m² demandés : minimum 11,4 m²");
    expect(toReported(validatePlan(plan), "en", plan).find((r) => r.rule === "power.box-overload")!.message).toBe("Power box coffret-1: 7 kW demanded from 6 kW available");
  });
});
