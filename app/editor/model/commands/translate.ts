import {
  describeExitLengthProblem,
  describeExitPlacementProblem,
} from "../../../../floorplans/format/exit-checks";
import { describePolygonProblems } from "../../../../floorplans/format/polygon-checks";
import type { PlanChanges } from "../changes";
import type { EntityOfKind } from "../document";
import { roundCoord } from "../geometry";
import { type EntityKind, type EntityRef, type Exit, type Plan, type XY } from "../types";
import { rejected, resolved, type Resolved } from "./shared";

export interface Translation {
  readonly ref: EntityRef;
  readonly dx: number;
  readonly dy: number;
}

function shift(p: XY, dx: number, dy: number): [number, number] {
  return [roundCoord(p[0] + dx), roundCoord(p[1] + dy)];
}

/** The entity moved by (dx, dy): polygons and exits move as a whole. */
export function translateEntity<K extends EntityKind>(
  kind: K,
  entity: EntityOfKind[K],
  dx: number,
  dy: number,
): EntityOfKind[K] {
  const e = entity as EntityOfKind[EntityKind];
  switch (kind) {
    case "stand": {
      const s = e as EntityOfKind["stand"];
      return { ...s, x: roundCoord(s.x + dx), y: roundCoord(s.y + dy) } as EntityOfKind[K];
    }
    case "obstacle":
    case "zone": {
      const p = e as EntityOfKind["zone"];
      return { ...p, polygon: p.polygon.map((pt) => shift(pt, dx, dy)) } as EntityOfKind[K];
    }
    case "exit": {
      const x = e as Exit;
      return { ...x, a: shift(x.a, dx, dy), b: shift(x.b, dx, dy) } as EntityOfKind[K];
    }
    default: {
      const b = e as EntityOfKind["powerBox"];
      return { ...b, at: shift(b.at, dx, dy) } as EntityOfKind[K];
    }
  }
}

/**
 * A door must stay on its hall's outline (the format refuses a plan otherwise), so an edit that
 * takes it off the wall is refused rather than saved into a plan that can no longer be loaded.
 */
export function checkExit(plan: Plan, exit: Exit): Resolved<Exit> {
  if (describeExitLengthProblem(exit.a, exit.b) !== null) return rejected("exit.invalid", { id: exit.id });
  const outline = plan.halls.find((h) => h.id === exit.hallId)?.outline;
  if (outline && describeExitPlacementProblem(exit.a, exit.b, outline) !== null) {
    return rejected("exit.off-outline", { id: exit.id });
  }
  return resolved(exit);
}

/** Simple polygons only, as the format requires (the rule engine cannot measure anything else). */
export function checkPolygon(polygon: readonly XY[]): Resolved<[number, number][]> {
  const finite = polygon.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (!finite || polygon.length < 3) return rejected("polygon.invalid");
  const points = polygon.map(([x, y]) => [x, y] as [number, number]);
  const problems = describePolygonProblems(points);
  return problems.length === 0 ? resolved(points) : rejected("polygon.invalid", { problem: problems[0]! });
}

/** Stages each translation on top of what `changes` already holds. Zero moves are skipped. */
export function stageTranslations(changes: PlanChanges, moves: readonly Translation[]): Resolved<null> {
  for (const { ref, dx, dy } of moves) {
    if (dx === 0 && dy === 0) continue;
    const current = changes.currentEntity(ref.kind, ref.id);
    if (!current) return rejected("entity.not-found", { kind: ref.kind, id: ref.id });
    const next = translateEntity(ref.kind, current, dx, dy);
    if (ref.kind === "exit") {
      const checked = checkExit(changes.doc.plan, next as Exit);
      if (!checked.ok) return checked;
    }
    changes.updateEntity(ref.kind, ref.id, next);
  }
  return resolved(null);
}
