import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { applications, auditLog, events } from "../../db/schema";
import { seedDatabase } from "../../db/seed/seed";
import { useTestDatabase } from "../helpers/db";

useTestDatabase();

beforeAll(async () => {
  await seedDatabase();
}, 60_000);

/** The statuses an application went through, read back from its audit trail in time order. */
function trail(applicationId: number): string[] {
  const rows = getDb()
    .select({ action: auditLog.action, after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "application"), eq(auditLog.entityId, String(applicationId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  return rows.map((row) => (row.after as { status: string }).status);
}

describe("the seeded applications' history", () => {
  it("walks every application through the workflow up to its status, in time order", () => {
    const event = getDb().select().from(events).where(eq(events.slug, "min-2024")).get()!;
    const rows = getDb().select().from(applications).where(eq(applications.eventId, event.id)).all();
    const expected: Record<string, string[]> = {
      draft: ["draft"],
      submitted: ["draft", "submitted"],
      in_review: ["draft", "submitted", "in_review"],
      accepted: ["draft", "submitted", "in_review", "accepted"],
      waitlisted: ["draft", "submitted", "in_review", "waitlisted"],
      rejected: ["draft", "submitted", "in_review", "rejected"],
      confirmed: ["draft", "submitted", "in_review", "accepted", "confirmed"],
      withdrawn: ["draft", "submitted", "in_review", "accepted", "withdrawn"],
    };
    const seen = new Set<string>();
    for (const row of rows) {
      expect({ id: row.id, trail: trail(row.id) }).toEqual({ id: row.id, trail: expected[row.status] });
      seen.add(row.status);
    }
    expect(seen.size).toBe(Object.keys(expected).length);
  });
});
