import { relations } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { applications } from "./applications";
import { organisations } from "./organisations";

/** Neighbours wished (`near`) and competitors to keep away (`avoid`), matched to known organisations. */
export const applicationWishes = sqliteTable(
  "application_wishes",
  {
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    kind: text({ enum: ["near", "avoid"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.organisationId, t.kind] })],
);

export const applicationWishesRelations = relations(applicationWishes, ({ one }) => ({
  application: one(applications, { fields: [applicationWishes.applicationId], references: [applications.id] }),
  organisation: one(organisations, { fields: [applicationWishes.organisationId], references: [organisations.id] }),
}));
