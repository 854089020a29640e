import { relations } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { applications } from "./applications";
import { users } from "./users";

/** One score (1–5) per reviewer and application; the average is computed, never stored. */
export const applicationReviews = sqliteTable(
  "application_reviews",
  {
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    reviewerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: integer().notNull(),
    comment: text().notNull().default(""),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.reviewerId] })],
);

/** Internal notes of the organisers on an application (never shown to the exhibitor). */
export const applicationNotes = sqliteTable("application_notes", {
  id: integer().primaryKey({ autoIncrement: true }),
  applicationId: integer()
    .notNull()
    .references(() => applications.id, { onDelete: "cascade" }),
  authorId: integer().references(() => users.id, { onDelete: "set null" }),
  body: text().notNull(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
});

export const applicationReviewsRelations = relations(applicationReviews, ({ one }) => ({
  application: one(applications, { fields: [applicationReviews.applicationId], references: [applications.id] }),
  reviewer: one(users, { fields: [applicationReviews.reviewerId], references: [users.id] }),
}));
export const applicationNotesRelations = relations(applicationNotes, ({ one }) => ({
  application: one(applications, { fields: [applicationNotes.applicationId], references: [applications.id] }),
  author: one(users, { fields: [applicationNotes.authorId], references: [users.id] }),
}));
