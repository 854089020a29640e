import fc from "fast-check";
import type { Plan, Stand } from "../../format/schema";
import { exhibitor, makePlan, stand } from "../plan-fixture.test-support";

/**
 * Random stand edits for the engine's property tests (rule-engine.test.ts) and for the editor's
 * rule worker, which must follow the same edits to the same results (app/editor/view).
 */
/** Two halls with something of everything: obstacles, boxes, zones, related exhibitors. */
export function basePlan(): Plan {
  return makePlan({
    halls: [
      { id: "H", name: "Main", outline: [[0, 0], [40, 0], [40, 30], [20, 30], [20, 24], [0, 24]], powerSupplyKw: 12 },
      { id: "K", name: "Annex", outline: [[50, 0], [70, 0], [70, 20], [50, 20]] },
    ],
    exits: [
      { id: "D1", hallId: "H", a: [9, 0], b: [11, 0] },
      { id: "D2", hallId: "H", a: [29, 30], b: [31, 30] },
      { id: "D3", hallId: "K", a: [50, 9], b: [50, 11] },
    ],
    obstacles: [
      { id: "P1", hallId: "H", kind: "pillar", polygon: [[15, 10], [15.4, 10], [15.4, 10.4], [15, 10.4]] },
      { id: "W1", hallId: "H", kind: "wall", polygon: [[25, 5], [26, 5], [26, 12], [30, 12], [30, 13], [25, 13]] },
      { id: "T1", hallId: "K", kind: "technical", polygon: [[60, 0], [62, 0], [62, 1.5], [60, 1.5]] },
    ],
    powerBoxes: [
      { id: "B1", hallId: "H", at: [10, 12], capacityKw: 6, phases: 1 },
      { id: "B2", hallId: "H", at: [32, 20], phases: 3 },
      { id: "B3", hallId: "K", at: [60, 10], capacityKw: 8, phases: 3 },
    ],
    zones: [
      { id: "PAV", hallId: "H", kind: "pavilion", name: "Village", polygon: [[2, 14], [14, 14], [14, 22], [2, 22]] },
      { id: "Q", hallId: "H", kind: "quiet", polygon: [[30, 22], [38, 22], [38, 28], [30, 28]] },
    ],
    exhibitors: [
      exhibitor("a", { requestedAreaM2: 18, powerKw: 5, avoid: ["b"], near: ["c"] }),
      exhibitor("b", { requestedAreaM2: 9, powerKw: 2, noise: "loud" }),
      exhibitor("c", { requestedAreaM2: 12, pavilionId: "PAV", near: ["a", "d"] }),
      exhibitor("d", { requestedAreaM2: 9, phases: 3, powerKw: 4, noise: "quiet", avoid: ["a"] }),
      exhibitor("e", { requestedAreaM2: 30 }),
    ],
    stands: [
      stand("S1", 2, 2, { exhibitorId: "a", powerBoxId: "B1" }),
      stand("S2", 5, 2, { exhibitorId: "b", powerBoxId: "B1" }),
      stand("S3", 9, 2, { exhibitorId: "a" }),
      stand("S4", 3, 15, { exhibitorId: "c", width: 4 }),
      stand("S5", 20, 18, { exhibitorId: "d", powerBoxId: "B2", covered: true }),
      stand("S6", 24, 18, { covered: true, rotation: 45 }),
      stand("S7", 52, 3, { hallId: "K", exhibitorId: "e", powerBoxId: "B3" }),
      stand("S8", 55, 3, { hallId: "K", exhibitorId: "b", powerBoxId: "B3", rotation: 90 }),
      stand("S9", 33, 15, { exhibitorId: "b" }),
    ],
  });
}

export const EXHIBITORS = [null, "a", "b", "c", "d", "e"] as const;
const coordinate = fc.integer({ min: -4, max: 80 }).map((n) => n / 2);
export type Edit =
  | { kind: "move"; pick: number; dx: number; dy: number }
  | { kind: "turn"; pick: number; rotation: number }
  | { kind: "resize"; pick: number; width: number; depth: number }
  | { kind: "assign"; pick: number; exhibitor: number; box: number; covered: boolean }
  | { kind: "remove"; pick: number }
  | { kind: "add"; x: number; y: number; hall: number; exhibitor: number; rotation: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), dx: fc.integer({ min: -8, max: 8 }).map((n) => n / 4), dy: fc.integer({ min: -8, max: 8 }).map((n) => n / 4) }),
  fc.record({ kind: fc.constant("turn" as const), pick: fc.nat(), rotation: fc.constantFrom(0, 30, 45, 90, 180) }),
  fc.record({ kind: fc.constant("resize" as const), pick: fc.nat(), width: fc.constantFrom(0.8, 2, 3, 4, 6), depth: fc.constantFrom(2, 3) }),
  fc.record({ kind: fc.constant("assign" as const), pick: fc.nat(), exhibitor: fc.nat({ max: EXHIBITORS.length - 1 }), box: fc.nat({ max: 3 }), covered: fc.boolean() }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), x: coordinate, y: coordinate, hall: fc.nat({ max: 1 }), exhibitor: fc.nat({ max: EXHIBITORS.length - 1 }), rotation: fc.constantFrom(0, 45, 90) }),
);

/** Applies edits as an editor would: new stands array, every other collection shared. */
export function applyEdits(plan: Plan, edits: Edit[], serial: number): { next: Plan; changed: string[] } {
  const stands = plan.stands.slice();
  const changed: string[] = [];
  edits.forEach((e, k) => {
    if (e.kind === "add") {
      const hallId = e.hall === 0 ? "H" : "K";
      const id = `N${serial}-${k}`;
      const s: Stand = { id, hallId, x: e.x + (hallId === "K" ? 50 : 0), y: e.y % 28, width: 3, depth: 3, rotation: e.rotation, covered: false, powerBoxId: null, exhibitorId: EXHIBITORS[e.exhibitor]! };
      stands.push(s);
      changed.push(id);
      return;
    }
    if (stands.length === 0) return;
    const i = e.pick % stands.length;
    const s = stands[i]!;
    changed.push(s.id);
    if (e.kind === "remove") stands.splice(i, 1);
    else if (e.kind === "move") stands[i] = { ...s, x: s.x + e.dx, y: s.y + e.dy };
    else if (e.kind === "turn") stands[i] = { ...s, rotation: e.rotation };
    else if (e.kind === "resize") stands[i] = { ...s, width: e.width, depth: e.depth };
    else stands[i] = { ...s, exhibitorId: EXHIBITORS[e.exhibitor]!, powerBoxId: [null, "B1", "B2", "B3"][e.box]!, covered: e.covered };
  });
  return { next: { ...plan, stands }, changed };
}

