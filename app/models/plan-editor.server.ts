import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { events } from "../../db/schema";
import { parsePlan, type InvalidEntry } from "../../floorplans/format/parse";
import { validatePlan } from "../../floorplans/rules/validate-plan";
import { recordAudit } from "./audit.server";
import { canEditPlan, FORBIDDEN, type Forbidden, type PlanEditorUser } from "./plan-editor-access.server";
import { loadEventPlan } from "./plan-load.server";
import { PlanImportRefused, PlanVersionConflict } from "./plan-errors.server";
import { replaceEventPlanIn } from "./plan-replace.server";

export { acknowledgeWarning, listAcknowledgements } from "./plan-acknowledgements.server";
export type { Acknowledgement, AcknowledgeOutcome } from "./plan-acknowledgements.server";

export { canEditPlan, type PlanEditorUser } from "./plan-editor-access.server";

export interface RuleCounts {
  errors: number;
  warnings: number;
}

export type SaveOutcome =
  | ({ ok: true; version: number } & RuleCounts)
  | { ok: false; status: 400; code: "invalid"; problems: InvalidEntry[] }
  | { ok: false; status: 409; code: "stale"; currentVersion: number }
  | Forbidden;

export function countRules(violations: readonly { severity: string }[]): RuleCounts {
  const errors = violations.filter((v) => v.severity === "error").length;
  return { errors, warnings: violations.length - errors };
}

/**
 * Stores the editor's plan as a draft: parsed like an import (a broken file is refused whole),
 * validated again here — whatever the browser believed, the counts returned are the server's —
 * and written with `expectedVersion`, so a save based on an older plan is refused, not merged.
 * A plan with errors is accepted: publishing is what requires a clean plan.
 */
export function savePlanDraft(
  eventId: number,
  user: PlanEditorUser,
  input: { version: number; plan: unknown },
): SaveOutcome {
  if (!canEditPlan(user)) return FORBIDDEN;
  const parsed = parsePlan(input.plan);
  if (!parsed.ok) return { ok: false, status: 400, code: "invalid", problems: parsed.invalid };
  const counts = countRules(validatePlan(parsed.plan));
  try {
    const { version } = getDb().transaction(
      (tx) => {
        const saved = replaceEventPlanIn(tx, eventId, parsed.plan, {
          userId: user.id,
          expectedVersion: input.version,
        });
        recordAudit(
          {
            userId: user.id,
            eventId,
            entity: "plan",
            entityId: String(eventId),
            action: "save-draft",
            before: { version: input.version },
            after: { version: saved.version, ...counts },
          },
          tx,
        );
        return saved;
      },
      { behavior: "immediate" },
    );
    return { ok: true, version, ...counts };
  } catch (error) {
    if (error instanceof PlanVersionConflict) {
      return { ok: false, status: 409, code: "stale", currentVersion: error.currentVersion };
    }
    if (error instanceof PlanImportRefused) {
      return { ok: false, status: 400, code: "invalid", problems: error.problems };
    }
    throw error;
  }
}

export type PublishOutcome =
  | { ok: true; publishedVersion: number }
  | ({ ok: false; status: 409; code: "has-errors" } & RuleCounts)
  | { ok: false; status: 409; code: "stale"; currentVersion: number }
  | Forbidden;

/**
 * Shows the stored plan to exhibitors. The check runs on the stored plan, not on anything the
 * browser sends; `version` is the one the organiser is looking at, so a plan saved by someone
 * else meanwhile is not published unseen.
 */
export function publishPlan(
  eventId: number,
  user: PlanEditorUser,
  input: { version: number },
): PublishOutcome {
  if (!canEditPlan(user)) return FORBIDDEN;
  return getDb().transaction(
    (tx): PublishOutcome => {
      const event = tx
        .select({ planVersion: events.planVersion, published: events.publishedPlanVersion })
        .from(events)
        .where(eq(events.id, eventId))
        .get();
      if (!event) throw new Response("Event not found", { status: 404 });
      if (event.planVersion !== input.version) {
        return { ok: false, status: 409, code: "stale", currentVersion: event.planVersion };
      }
      const counts = countRules(validatePlan(loadEventPlan(eventId, tx)));
      if (counts.errors > 0) return { ok: false, status: 409, code: "has-errors", ...counts };
      tx.update(events).set({ publishedPlanVersion: event.planVersion }).where(eq(events.id, eventId)).run();
      recordAudit(
        {
          userId: user.id,
          eventId,
          entity: "plan",
          entityId: String(eventId),
          action: "publish",
          before: { publishedVersion: event.published },
          after: { publishedVersion: event.planVersion, warnings: counts.warnings },
        },
        tx,
      );
      return { ok: true, publishedVersion: event.planVersion };
    },
    { behavior: "immediate" },
  );
}
