import { getDb, type Db } from "../../db/client";
import { auditLog } from "../../db/schema";

/** A drizzle handle that is either the connection or an open transaction (both run queries the same way). */
export type DbExecutor = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export type AuditEntry = {
  userId: number | null;
  eventId?: number | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one line to the audit log. Pass the caller's transaction so the entry is written
 * (or rolled back) together with the change it describes.
 */
export function recordAudit(entry: AuditEntry, tx: DbExecutor = getDb()): void {
  tx.insert(auditLog)
    .values({
      userId: entry.userId,
      eventId: entry.eventId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : entry.before,
      after: entry.after === undefined ? null : entry.after,
    })
    .run();
}
