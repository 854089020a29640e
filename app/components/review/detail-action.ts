import type { ApplicationStatus } from "../../../db/schema/applications";

/** Error codes of the detail page's forms (keys of review:errors). */
export type DetailErrorCode = "required" | "invalid" | "tooLong" | "score";

/** What the detail page's action answers, per form (`intent`). */
export type DetailActionData =
  | { intent: "status"; ok: true; status: ApplicationStatus; emailedTo: string | null }
  | {
      intent: "status";
      ok: false;
      reason: "not_allowed" | "changed" | "invalid";
      from: ApplicationStatus | null;
      to: ApplicationStatus | null;
      errors?: { message?: DetailErrorCode };
    }
  | { intent: "note"; ok: true }
  | { intent: "note"; ok: false; errors: { body?: DetailErrorCode } }
  | { intent: "score"; ok: true }
  | { intent: "score"; ok: false; errors: { score?: DetailErrorCode; comment?: DetailErrorCode } }
  | { intent: null; ok: false };
