import { planSchema } from "../../../floorplans/format/schema";
import { createEditorDoc } from "./document";
import type { EditorDoc, EntityRef, Plan, Stand } from "./types";

/**
 * A small plan for the editor's tests: hall h1 (30 × 20 m) with a row of three stands A01–A03,
 * a blocked stand B01 below, a pillar, a wall, a door on the top wall, two boxes, a pavilion with
 * a member and a quiet zone; hall h2 (10 × 10 m, further right) with one stand and one box.
 */
export function buildTestPlan(): Plan {
  return planSchema.parse({
    format: "allee.plan/v1",
    name: "Editor test plan",
    halls: [
      {
        id: "h1",
        name: "Hall 1",
        outline: [
          [0, 0],
          [30, 0],
          [30, 20],
          [0, 20],
        ],
      },
      {
        id: "h2",
        name: "Hall 2",
        outline: [
          [40, 0],
          [50, 0],
          [50, 10],
          [40, 10],
        ],
      },
    ],
    obstacles: [
      {
        id: "P1",
        hallId: "h1",
        kind: "pillar",
        polygon: [
          [15, 10],
          [15.4, 10],
          [15.4, 10.4],
          [15, 10.4],
        ],
      },
      {
        id: "W1",
        hallId: "h1",
        kind: "wall",
        polygon: [
          [20, 14],
          [26, 14],
          [26, 14.2],
          [20, 14.2],
        ],
      },
    ],
    exits: [{ id: "EX1", hallId: "h1", a: [10, 0], b: [12, 0] }],
    powerBoxes: [
      { id: "B1", hallId: "h1", at: [1, 1], capacityKw: 36, phases: 3 },
      { id: "B2", hallId: "h1", at: [1, 10] },
      { id: "B3", hallId: "h2", at: [41, 1] },
    ],
    zones: [
      {
        id: "pav",
        hallId: "h1",
        kind: "pavilion",
        name: "Pavillon",
        polygon: [
          [18, 2],
          [28, 2],
          [28, 10],
          [18, 10],
        ],
      },
      {
        id: "Q1",
        hallId: "h1",
        kind: "quiet",
        polygon: [
          [2, 15],
          [8, 15],
          [8, 19],
          [2, 19],
        ],
      },
    ],
    stands: [
      {
        id: "A01",
        hallId: "h1",
        x: 2,
        y: 2,
        width: 3,
        depth: 3,
        powerBoxId: "B1",
        exhibitorId: "ex-a",
        label: "A01",
        status: "assigned",
      },
      {
        id: "A02",
        hallId: "h1",
        x: 5,
        y: 2,
        width: 3,
        depth: 3,
        powerBoxId: "B1",
        label: "A02",
        status: "available",
      },
      {
        id: "A03",
        hallId: "h1",
        x: 8,
        y: 2,
        width: 3,
        depth: 3,
        powerBoxId: "B2",
        label: "Studio Nord",
        status: "held",
      },
      { id: "B01", hallId: "h1", x: 2, y: 8, width: 4, depth: 3, status: "blocked", notes: "réserve" },
      {
        id: "C01",
        hallId: "h2",
        x: 42,
        y: 2,
        width: 3,
        depth: 3,
        powerBoxId: "B3",
        exhibitorId: "ex-b",
        status: "assigned",
      },
    ],
    exhibitors: [
      { id: "ex-a", name: "Studio A", requestedAreaM2: 9 },
      { id: "ex-b", name: "Studio B", requestedAreaM2: 9, pavilionId: "pav" },
      { id: "ex-c", name: "Studio C", requestedAreaM2: 12 },
    ],
  });
}

export function buildTestDoc(selection: readonly EntityRef[] = []): EditorDoc {
  return createEditorDoc(buildTestPlan(), selection);
}

/** A free 3 × 3 m stand of hall h1 with its top-left corner at (x, y), unless `extra` says otherwise. */
export function standAt(id: string, x: number, y: number, extra: Partial<Stand> = {}): Stand {
  return {
    id,
    hallId: "h1",
    x,
    y,
    width: 3,
    depth: 3,
    rotation: 0,
    covered: false,
    powerBoxId: null,
    exhibitorId: null,
    ...extra,
  };
}

export function standRefs(...ids: string[]): EntityRef[] {
  return ids.map((id) => ({ kind: "stand", id }));
}

/** Deep copy, to check later that a command left its input untouched. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
