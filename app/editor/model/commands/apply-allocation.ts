import { startChanges } from "../changes";
import type { CommandResult, EditorDoc } from "../types";
import { rejected, requireStand } from "./shared";

export interface ApplyAllocationArgs {
  /** Placements from the allocator's proposal (all of them, or the ones the organiser accepted). */
  readonly placements: readonly { readonly exhibitorId: string; readonly standId: string }[];
}

/**
 * Applies accepted placements as ONE history entry (one undo takes them all back). Only free
 * stands receive an exhibitor: a stand that has one — locked for the allocator — is never changed,
 * so a proposal made on an older version of the plan is refused as a whole rather than half-applied.
 */
export function applyAllocation(doc: EditorDoc, args: ApplyAllocationArgs): CommandResult {
  if (args.placements.length === 0) return rejected("selection.empty");
  const exhibitors = new Set(doc.plan.exhibitors.map((e) => e.id));
  const placed = new Set(doc.plan.stands.flatMap((s) => (s.exhibitorId === null ? [] : [s.exhibitorId])));
  const seenStands = new Set<string>();
  const seenExhibitors = new Set<string>();
  const changes = startChanges(doc);
  for (const { standId, exhibitorId } of args.placements) {
    const stand = requireStand(doc.plan, standId);
    if (!stand.ok) return stand;
    if (!exhibitors.has(exhibitorId)) return rejected("exhibitor.not-found", { id: exhibitorId });
    if (stand.value.status === "blocked") return rejected("stand.blocked", { id: standId });
    const taken = stand.value.exhibitorId !== null || seenStands.has(standId);
    const duplicate = placed.has(exhibitorId) || seenExhibitors.has(exhibitorId);
    if (taken || duplicate)
      return rejected("value.invalid", { id: taken ? standId : exhibitorId, field: "exhibitorId" });
    seenStands.add(standId);
    seenExhibitors.add(exhibitorId);
    changes.update("stands", standId, { ...stand.value, exhibitorId, status: "assigned" });
  }
  return changes.commit();
}
