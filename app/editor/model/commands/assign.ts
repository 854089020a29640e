import { startChanges, unchanged } from "../changes";
import { findEntity } from "../document";
import type { CommandResult, EditorDoc, Stand } from "../types";
import { rejected, requireStand } from "./shared";

/**
 * The status follows the assignment: a stand that receives an exhibitor is "assigned"; one that
 * loses it goes back to "available" if it was "assigned" (held, reserved or blocked are the
 * organiser's own marks and are kept).
 */
function withExhibitor(stand: Stand, exhibitorId: string | null): Stand {
  if (exhibitorId !== null) return { ...stand, exhibitorId, status: "assigned" };
  const next: Stand = { ...stand, exhibitorId: null };
  if (stand.status === "assigned") next.status = "available";
  return next;
}

export interface AssignArgs {
  readonly standId: string;
  readonly exhibitorId: string;
}

/** Puts an exhibitor on a stand (replacing whoever was there; an exhibitor may hold several stands). */
export function assignExhibitor(doc: EditorDoc, args: AssignArgs): CommandResult {
  const stand = requireStand(doc.plan, args.standId);
  if (!stand.ok) return stand;
  if (!doc.plan.exhibitors.some((e) => e.id === args.exhibitorId)) {
    return rejected("exhibitor.not-found", { id: args.exhibitorId });
  }
  if (stand.value.status === "blocked") return rejected("stand.blocked", { id: args.standId });
  if (stand.value.exhibitorId === args.exhibitorId && stand.value.status === "assigned")
    return unchanged(doc);
  return startChanges(doc)
    .update("stands", args.standId, withExhibitor(stand.value, args.exhibitorId))
    .commit();
}

export function unassignExhibitor(doc: EditorDoc, args: { readonly standId: string }): CommandResult {
  const stand = requireStand(doc.plan, args.standId);
  if (!stand.ok) return stand;
  if (stand.value.exhibitorId === null) return rejected("stand.not-assigned", { id: args.standId });
  return startChanges(doc).update("stands", args.standId, withExhibitor(stand.value, null)).commit();
}

export interface SwapArgs {
  readonly a: string;
  readonly b: string;
}

/** Exchanges the exhibitors of two stands (either may be empty, not both). */
export function swapExhibitors(doc: EditorDoc, args: SwapArgs): CommandResult {
  if (args.a === args.b) return rejected("swap.same-stand");
  const a = findEntity(doc.plan, "stand", args.a);
  const b = findEntity(doc.plan, "stand", args.b);
  if (!a || !b) return rejected("entity.not-found", { kind: "stand", id: a ? args.b : args.a });
  if (a.exhibitorId === null && b.exhibitorId === null) return rejected("swap.nothing");
  const blocked = [a, b].find((s, i) => s.status === "blocked" && [b, a][i]!.exhibitorId !== null);
  if (blocked) return rejected("stand.blocked", { id: blocked.id });
  return startChanges(doc)
    .update("stands", a.id, withExhibitor(a, b.exhibitorId))
    .update("stands", b.id, withExhibitor(b, a.exhibitorId))
    .commit();
}
