import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { events } from "./events";
import { users } from "./users";

/**
 * A warning the organisers have seen and accepted, with their reason (e.g. "column inside the
 * stand: exhibitor informed"). Keyed by rule and sorted subjects, so it survives plan saves and
 * stops applying once the warning disappears. Errors cannot be acknowledged.
 */
export const ruleAcknowledgements = sqliteTable(
  "rule_acknowledgements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    rule: text().notNull(),
    /** The violation's subjects, sorted, joined with "|". */
    subjectsKey: text().notNull(),
    reason: text().notNull(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [uniqueIndex("rule_acknowledgements_key").on(t.eventId, t.rule, t.subjectsKey)],
);
