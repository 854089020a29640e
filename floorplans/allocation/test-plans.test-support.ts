import { planSchema, type Plan, type PlanInput } from "../format/schema";

/**
 * Small plans for the allocator's tests: a 40 × 30 m hall "H" with a door in the middle of the top
 * and bottom walls, stands 3 × 3 m by default, boxes and exhibitors as the test adds them.
 */
type StandInput = NonNullable<PlanInput["stands"]>[number];
type ExhibitorInput = NonNullable<PlanInput["exhibitors"]>[number];
type BoxInput = NonNullable<PlanInput["powerBoxes"]>[number];

export function stand(id: string, x: number, y: number, more: Partial<StandInput> = {}): StandInput {
  return { id, hallId: "H", x, y, width: 3, depth: 3, ...more };
}

export function exhibitor(id: string, more: Partial<ExhibitorInput> = {}): ExhibitorInput {
  return { id, name: `Exposant ${id}`, requestedAreaM2: 9, ...more };
}

export function box(id: string, at: [number, number], more: Partial<BoxInput> = {}): BoxInput {
  return { id, hallId: "H", at, capacityKw: 36, phases: 3, ...more };
}

export function testPlan(input: Partial<PlanInput>): Plan {
  return planSchema.parse({
    format: "allee.plan/v1",
    halls: [
      {
        id: "H",
        name: "Hall",
        outline: [
          [0, 0],
          [40, 0],
          [40, 30],
          [0, 30],
        ],
      },
    ],
    exits: [
      { id: "D1", hallId: "H", a: [19, 0], b: [21, 0] },
      { id: "D2", hallId: "H", a: [19, 30], b: [21, 30] },
    ],
    ...input,
  });
}

/** A row of n stands 3 m apart (gap ≥ the 1.4 m aisle) at y = 5, all on box B1. */
export function row(n: number, more: (i: number) => Partial<StandInput> = () => ({})): StandInput[] {
  return Array.from({ length: n }, (_, i) =>
    stand(`S${i + 1}`, 3 + 6 * i, 5, { powerBoxId: "B1", ...more(i) }),
  );
}
