import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";
import { events } from "./events";

/** Who changed what, with the state before and after. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    eventId: integer().references(() => events.id, { onDelete: "cascade" }),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    before: text({ mode: "json" }),
    after: text({ mode: "json" }),
  },
  (t) => [index("audit_event_at").on(t.eventId, t.at), index("audit_entity").on(t.entity, t.entityId)],
);
