import { startChanges } from "../changes";
import { nextFreeCodes, nextFreeId, parseStandCode } from "../codes";
import { entitiesOf, type Entity, type EntityOfKind } from "../document";
import type { CommandResult, EditorDoc, EntityKind, EntityRef, Exit, Stand, XY } from "../types";
import { groupBounds } from "./move";
import { areFinite, recodeStand, rejected, resolveRefs } from "./shared";
import { checkExit, translateEntity } from "./translate";

export interface DuplicateArgs {
  readonly refs?: readonly EntityRef[];
  /** Default: the group's width to the right, so a duplicated stand continues its row, touching. */
  readonly offset?: XY;
}

/** A fresh id in the same series: A03 → next free A code; P2 → next free P id. */
function nextIdLike(id: string, taken: Set<string>, kind: EntityKind): string {
  const parsed = parseStandCode(id);
  if (kind === "stand" && parsed) return nextFreeCodes(taken, parsed.prefix, 1)[0]!;
  return nextFreeId(taken, parsed ? parsed.prefix : `${id}-`);
}

/**
 * A copy of a stand is a new, free stand: it takes no exhibitor along (one exhibitor per stand is
 * the organiser's decision), and an "assigned" status falls back to "available".
 */
function copyStand(stand: Stand, id: string): Stand {
  const copy: Stand = { ...recodeStand(stand, id), exhibitorId: null };
  if (copy.status === "assigned") copy.status = "available";
  return copy;
}

export function duplicateEntities(doc: EditorDoc, args: DuplicateArgs = {}): CommandResult {
  const refs = resolveRefs(doc, args.refs);
  if (!refs.ok) return refs;
  const bounds = groupBounds(doc, refs.value);
  const width = bounds ? bounds.maxX - bounds.minX : 0;
  const [dx, dy] = args.offset ?? [width > 0 ? width : 1, 0];
  if (!areFinite(dx, dy)) return rejected("number.not-finite", { field: "offset" });
  const changes = startChanges(doc);
  const taken = new Map<EntityKind, Set<string>>();
  const copies: EntityRef[] = [];
  for (const ref of refs.value) {
    const ids = taken.get(ref.kind) ?? new Set(entitiesOf(doc.plan, ref.kind).map((e) => e.id));
    taken.set(ref.kind, ids);
    const original = entitiesOf(doc.plan, ref.kind).find((e) => e.id === ref.id) as Entity;
    const id = nextIdLike(ref.id, ids, ref.kind);
    ids.add(id);
    const copy = ref.kind === "stand" ? copyStand(original as Stand, id) : { ...original, id };
    const moved = translateEntity(ref.kind, copy as EntityOfKind[EntityKind], dx, dy);
    if (ref.kind === "exit") {
      const checked = checkExit(doc.plan, moved as Exit);
      if (!checked.ok) return checked;
    }
    changes.addEntity(ref.kind, moved);
    copies.push({ kind: ref.kind, id });
  }
  return changes.select(copies).commit();
}
