import type { Plan } from "../format/schema";
import type { Placement } from "./types";

/** The plan with the placements made: each stand gets its exhibitor and the status "assigned". */
export function applyPlacements(plan: Plan, placements: readonly Placement[]): Plan {
  const byStand = new Map(placements.map((p) => [p.standId, p.exhibitorId]));
  return {
    ...plan,
    stands: plan.stands.map((s) => {
      const exhibitorId = byStand.get(s.id);
      return exhibitorId === undefined ? s : { ...s, exhibitorId, status: "assigned" as const };
    }),
  };
}
