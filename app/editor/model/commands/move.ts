import { startChanges, unchanged } from "../changes";
import { entityBounds, roundCoord, unionBounds } from "../geometry";
import { snapValue, type SnapStep } from "../snapping";
import type { Bounds, CommandResult, EditorDoc, EntityRef } from "../types";
import { areFinite, rejected, resolveRefs } from "./shared";
import { stageTranslations } from "./translate";

export interface MoveArgs {
  /** Default: the selection. */
  readonly refs?: readonly EntityRef[];
  readonly dx: number;
  readonly dy: number;
  /** Grid step: the moved group's bounding box lands with its top-left corner on the grid. */
  readonly snap?: SnapStep;
}

export function groupBounds(doc: EditorDoc, refs: readonly EntityRef[]): Bounds | null {
  return unionBounds(refs.flatMap((ref) => entityBounds(doc.plan, ref) ?? []));
}

/**
 * The delta that puts the group's corner on the grid. An axis the pointer did not move is left
 * alone, so a purely vertical drag does not also shift an off-grid group sideways.
 */
export function snapGroupDelta(bounds: Bounds, dx: number, dy: number, snap: SnapStep): [number, number] {
  const sdx = dx === 0 ? 0 : roundCoord(snapValue(bounds.minX + dx, snap) - bounds.minX);
  const sdy = dy === 0 ? 0 : roundCoord(snapValue(bounds.minY + dy, snap) - bounds.minY);
  return [sdx, sdy];
}

/** Moves entities of any kind by one delta (exits must stay on their wall). */
export function moveEntities(doc: EditorDoc, args: MoveArgs): CommandResult {
  if (!areFinite(args.dx, args.dy)) return rejected("number.not-finite", { field: "delta" });
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const bounds = groupBounds(doc, refs.value);
  if (!bounds) return unchanged(doc);
  const [dx, dy] = snapGroupDelta(bounds, args.dx, args.dy, args.snap);
  if (dx === 0 && dy === 0) return unchanged(doc);
  const changes = startChanges(doc);
  const staged = stageTranslations(
    changes,
    refs.value.map((ref) => ({ ref, dx, dy })),
  );
  return staged.ok ? changes.commit() : staged;
}
