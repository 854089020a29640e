import { relations } from "drizzle-orm";
import { index, integer, sqliteTable, uniqueIndex } from "drizzle-orm/sqlite-core";
import { stands } from "./stands";
import { applications } from "./applications";
import { users } from "./users";

/** Stand ↔ application. An exhibitor may hold several stands; a stand never holds two exhibitors. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    standId: integer()
      .notNull()
      .references(() => stands.id, { onDelete: "cascade" }),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    assignedById: integer().references(() => users.id, { onDelete: "set null" }),
    assignedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [uniqueIndex("assignments_stand").on(t.standId), index("assignments_application").on(t.applicationId)],
);

export const assignmentsRelations = relations(assignments, ({ one }) => ({
  stand: one(stands, { fields: [assignments.standId], references: [stands.id] }),
  application: one(applications, { fields: [assignments.applicationId], references: [applications.id] }),
}));
