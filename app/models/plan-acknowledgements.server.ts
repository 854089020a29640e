import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { ruleAcknowledgements, users } from "../../db/schema";
import { RULE_SEVERITY, type RuleId } from "../../floorplans/rules/types";
import { recordAudit } from "./audit.server";
import { canEditPlan, FORBIDDEN, type Forbidden, type PlanEditorUser } from "./plan-editor-access.server";

export interface Acknowledgement {
  rule: string;
  subjects: string[];
  reason: string;
  userName: string | null;
  createdAt: Date;
}

export type AcknowledgeOutcome =
  | { ok: true; acknowledgement: Acknowledgement }
  | { ok: false; status: 400; code: "not-a-warning" | "invalid" }
  | Forbidden;

/** Subjects as the violation lists them (sorted, no repeats), joined as the table's key. */
export function subjectsKeyOf(subjects: readonly string[]): string {
  return [...new Set(subjects)].sort().join("|");
}

function isRuleId(rule: string): rule is RuleId {
  return Object.hasOwn(RULE_SEVERITY, rule);
}

/**
 * Records that the organisers accept a warning, with their reason and who did it (audited).
 * Errors are never acknowledged: they block publishing for a reason (safety, the rules of an ERP).
 * Acknowledging again replaces the reason. The key is the rule and the subjects, not a plan
 * version, so the acknowledgement survives saves and simply stops matching once the warning goes.
 */
export function acknowledgeWarning(
  eventId: number,
  user: PlanEditorUser,
  input: { rule: string; subjects: readonly string[]; reason: string },
): AcknowledgeOutcome {
  if (!canEditPlan(user)) return FORBIDDEN;
  if (!isRuleId(input.rule) || RULE_SEVERITY[input.rule] !== "warning") {
    return { ok: false, status: 400, code: "not-a-warning" };
  }
  const reason = input.reason.trim();
  const subjectsKey = subjectsKeyOf(input.subjects);
  if (reason.length === 0 || reason.length > 500 || subjectsKey.length === 0) {
    return { ok: false, status: 400, code: "invalid" };
  }
  const db = getDb();
  return db.transaction((tx) => {
    const where = and(
      eq(ruleAcknowledgements.eventId, eventId),
      eq(ruleAcknowledgements.rule, input.rule),
      eq(ruleAcknowledgements.subjectsKey, subjectsKey),
    );
    const before = tx
      .select({ reason: ruleAcknowledgements.reason })
      .from(ruleAcknowledgements)
      .where(where)
      .get();
    const createdAt = new Date();
    tx.insert(ruleAcknowledgements)
      .values({ eventId, rule: input.rule, subjectsKey, reason, userId: user.id, createdAt })
      .onConflictDoUpdate({
        target: [ruleAcknowledgements.eventId, ruleAcknowledgements.rule, ruleAcknowledgements.subjectsKey],
        set: { reason, userId: user.id, createdAt },
      })
      .run();
    recordAudit(
      {
        userId: user.id,
        eventId,
        entity: "rule_acknowledgement",
        entityId: `${input.rule}:${subjectsKey}`,
        action: "acknowledge",
        before: before ? { reason: before.reason } : null,
        after: { rule: input.rule, subjects: subjectsKey.split("|"), reason },
      },
      tx,
    );
    const name = tx.select({ name: users.name }).from(users).where(eq(users.id, user.id)).get()?.name ?? null;
    return {
      ok: true as const,
      acknowledgement: {
        rule: input.rule,
        subjects: subjectsKey.split("|"),
        reason,
        userName: name,
        createdAt,
      },
    };
  });
}

/** Every acknowledged warning of the event, oldest first, with the name of who accepted it. */
export function listAcknowledgements(eventId: number): Acknowledgement[] {
  return getDb()
    .select({
      rule: ruleAcknowledgements.rule,
      subjectsKey: ruleAcknowledgements.subjectsKey,
      reason: ruleAcknowledgements.reason,
      userName: users.name,
      createdAt: ruleAcknowledgements.createdAt,
    })
    .from(ruleAcknowledgements)
    .leftJoin(users, eq(users.id, ruleAcknowledgements.userId))
    .where(eq(ruleAcknowledgements.eventId, eventId))
    .orderBy(asc(ruleAcknowledgements.createdAt), asc(ruleAcknowledgements.id))
    .all()
    .map(({ subjectsKey, ...row }) => ({ ...row, subjects: subjectsKey.split("|") }));
}
