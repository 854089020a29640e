import { startChanges } from "../changes";
import { entitiesOf } from "../document";
import { COLLECTION_OF, type CommandResult, type EditorDoc, type EntityRef } from "../types";
import { resolveRefs } from "./shared";

export interface DeleteArgs {
  /** Default: the selection. */
  readonly refs?: readonly EntityRef[];
}

/**
 * Deletes entities of any kind. References to them are cleared in the same diff, so the plan stays
 * loadable and one undo brings everything back: stands lose a deleted power box, exhibitors a
 * deleted pavilion.
 */
export function deleteEntities(doc: EditorDoc, args: DeleteArgs = {}): CommandResult {
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const changes = startChanges(doc);
  const deleted = (kind: EntityRef["kind"]) =>
    new Set(refs.value.filter((r) => r.kind === kind).map((r) => r.id));
  for (const ref of refs.value) changes.remove(COLLECTION_OF[ref.kind], ref.id);
  const stands = deleted("stand");
  const boxes = deleted("powerBox");
  for (const stand of entitiesOf(doc.plan, "stand")) {
    if (stand.powerBoxId !== null && boxes.has(stand.powerBoxId) && !stands.has(stand.id)) {
      changes.update("stands", stand.id, { ...stand, powerBoxId: null });
    }
  }
  const zones = deleted("zone");
  for (const exhibitor of doc.plan.exhibitors) {
    if (exhibitor.pavilionId !== null && zones.has(exhibitor.pavilionId)) {
      changes.update("exhibitors", exhibitor.id, { ...exhibitor, pavilionId: null });
    }
  }
  return changes.commit();
}
