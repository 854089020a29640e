import { parsePlan, type InvalidEntry } from "./parse";
import type { PlanInput } from "./schema";

/**
 * A small plan that is valid and breaks no rule: the base that tests mutate to produce exactly
 * one problem at a time. One 20 × 12 m hall, two doors, a pillar, two boxes, a pavilion with its
 * member, a quiet corner, two touching stands.
 */
export function buildValidPlanInput(): PlanInput & Record<string, unknown> {
  return {
    format: "allee.plan/v1",
    name: "Test — salle simple",
    halls: [
      {
        id: "h1",
        name: "Salle 1",
        outline: [
          [0, 0],
          [20, 0],
          [20, 12],
          [0, 12],
        ],
        powerSupplyKw: 60,
      },
    ],
    obstacles: [
      {
        id: "P1",
        hallId: "h1",
        kind: "pillar",
        polygon: [
          [15, 8],
          [15.4, 8],
          [15.4, 8.4],
          [15, 8.4],
        ],
      },
    ],
    exits: [
      { id: "EX1", hallId: "h1", a: [9, 0], b: [11, 0] },
      { id: "EX2", hallId: "h1", a: [9, 12], b: [11, 12] },
    ],
    powerBoxes: [
      { id: "B1", hallId: "h1", at: [10, 0.3], capacityKw: 36, phases: 3 },
      { id: "B2", hallId: "h1", at: [0.3, 6], capacityKw: 7.4 },
    ],
    zones: [
      {
        id: "pav",
        hallId: "h1",
        kind: "pavilion",
        name: "Pavillon",
        polygon: [
          [6.5, 3.5],
          [10.5, 3.5],
          [10.5, 7.5],
          [6.5, 7.5],
        ],
      },
      {
        id: "calme",
        hallId: "h1",
        kind: "quiet",
        polygon: [
          [14, 1],
          [19, 1],
          [19, 5],
          [14, 5],
        ],
      },
    ],
    stands: [
      { id: "A01", hallId: "h1", x: 4, y: 4, width: 3, depth: 3, powerBoxId: "B1", exhibitorId: "ex-a" },
      { id: "A02", hallId: "h1", x: 7, y: 4, width: 3, depth: 3, powerBoxId: "B2", exhibitorId: "ex-b" },
    ],
    exhibitors: [
      { id: "ex-a", name: "Studio A", requestedAreaM2: 9, powerKw: 2, near: ["ex-b"] },
      { id: "ex-b", name: "Studio B", requestedAreaM2: 9, powerKw: 1, pavilionId: "pav" },
    ],
  };
}

/** The fixture as plain JSON, which tests reach into freely, as a hand-edited file would. */
export type LoosePlan = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of the valid plan, changed by `change`. */
export function mutated(change: (plan: LoosePlan) => void): ReturnType<typeof buildValidPlanInput> {
  const plan = structuredClone(buildValidPlanInput());
  change(plan as LoosePlan);
  return plan;
}

/** The problems `parsePlan` lists for `input`; throws when the input is accepted. */
export function invalidOf(input: unknown): InvalidEntry[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error("expected the plan to be refused");
  return result.invalid;
}
