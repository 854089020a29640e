import type { Plan } from "../../../floorplans/format/schema";
import type { Violation } from "../../../floorplans/rules/types";

/** An acknowledged warning as the page shows it. */
export interface AcknowledgementView {
  readonly rule: string;
  readonly subjects: readonly string[];
  readonly reason: string;
  readonly userName: string | null;
}

/** What the plan pages (canvas and table) get from the server. */
export interface PlanPageData {
  readonly event: { readonly slug: string; readonly name: string };
  readonly version: number;
  readonly publishedVersion: number | null;
  readonly canEdit: boolean;
  readonly plan: Plan;
  /** The server's own check of the stored plan (shown until the live engine takes over). */
  readonly violations: readonly Violation[];
  readonly acknowledgements: readonly AcknowledgementView[];
}

/** Where both views post their saves: one action, on the canvas route. */
export function planActionPath(slug: string): string {
  return `/admin/events/${encodeURIComponent(slug)}/plan`;
}
