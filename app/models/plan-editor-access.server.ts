import type { Role } from "../../db/schema";

/** Who asks: only organisers edit the plan (staff read it, exhibitors never see the editor). */
export interface PlanEditorUser {
  readonly id: number;
  readonly role: Role;
}

export type Forbidden = { ok: false; status: 403; code: "forbidden" };
export const FORBIDDEN: Forbidden = { ok: false, status: 403, code: "forbidden" };

/** Checked by the model as well as the route: a function called from elsewhere stays guarded. */
export function canEditPlan(user: PlanEditorUser): boolean {
  return user.role === "organiser";
}
