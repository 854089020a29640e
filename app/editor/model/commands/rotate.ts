import { startChanges, unchanged } from "../changes";
import type { EntityOfKind } from "../document";
import { boundsCentre, normalizeDegrees, rotatePoint, roundCoord, standCentre } from "../geometry";
import { DEFAULT_ROTATION_STEP, snapAngle, type SnapStep } from "../snapping";
import type { CommandResult, EditorDoc, EntityKind, EntityRef, Exit, XY } from "../types";
import { groupBounds } from "./move";
import { areFinite, rejected, resolveRefs } from "./shared";
import { checkExit } from "./translate";

export interface RotateArgs {
  readonly refs?: readonly EntityRef[];
  /** Clockwise degrees since the gesture started (or 90 for the key). */
  readonly by: number;
  /** Default 90 (quarter turns); null turns freely (the view passes null while the modifier is held). */
  readonly step?: SnapStep;
}

function turn(p: XY, centre: XY, deg: number): [number, number] {
  const [x, y] = rotatePoint(p, centre, deg);
  return [roundCoord(x), roundCoord(y)];
}

function rotateEntity<K extends EntityKind>(kind: K, entity: EntityOfKind[K], centre: XY, deg: number) {
  const e = entity as EntityOfKind[EntityKind];
  switch (kind) {
    case "stand": {
      const s = e as EntityOfKind["stand"];
      const [cx, cy] = turn(standCentre(s), centre, deg);
      return {
        ...s,
        x: roundCoord(cx - s.width / 2),
        y: roundCoord(cy - s.depth / 2),
        rotation: normalizeDegrees(s.rotation + deg),
      };
    }
    case "obstacle":
    case "zone": {
      const p = e as EntityOfKind["zone"];
      return { ...p, polygon: p.polygon.map((pt) => turn(pt, centre, deg)) };
    }
    case "exit": {
      const x = e as Exit;
      return { ...x, a: turn(x.a, centre, deg), b: turn(x.b, centre, deg) };
    }
    default: {
      const b = e as EntityOfKind["powerBox"];
      return { ...b, at: turn(b.at, centre, deg) };
    }
  }
}

/**
 * Turns the group about the centre of its bounding box, so a single stand turns in place (its
 * centre is the box's centre) and several stands keep their arrangement, as in drawing tools.
 */
export function rotateEntities(doc: EditorDoc, args: RotateArgs): CommandResult {
  if (!areFinite(args.by)) return rejected("number.not-finite", { field: "angle" });
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const step = args.step === undefined ? DEFAULT_ROTATION_STEP : args.step;
  const by = normalizeDegrees(snapAngle(args.by, step));
  const bounds = groupBounds(doc, refs.value);
  if (by === 0 || !bounds) return unchanged(doc);
  const centre = boundsCentre(bounds);
  const changes = startChanges(doc);
  for (const ref of refs.value) {
    const entity = changes.currentEntity(ref.kind, ref.id);
    if (!entity) return rejected("entity.not-found", { kind: ref.kind, id: ref.id });
    const next = rotateEntity(ref.kind, entity, centre, by) as EntityOfKind[EntityKind];
    if (ref.kind === "exit") {
      const checked = checkExit(doc.plan, next as Exit);
      if (!checked.ok) return checked;
    }
    changes.updateEntity(ref.kind, ref.id, next);
  }
  return changes.commit();
}
