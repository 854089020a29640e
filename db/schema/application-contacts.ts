import { relations } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { applications } from "./applications";

export const contactRoles = ["onsite", "billing", "press", "technical"] as const;

/** Contacts besides the main one (who is on the application itself). */
export const applicationContacts = sqliteTable(
  "application_contacts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    role: text({ enum: contactRoles }).notNull(),
    name: text().notNull(),
    email: text().notNull(),
    phone: text().notNull().default(""),
    position: integer().notNull().default(0),
  },
  (t) => [index("application_contacts_application").on(t.applicationId)],
);

export const applicationContactsRelations = relations(applicationContacts, ({ one }) => ({
  application: one(applications, { fields: [applicationContacts.applicationId], references: [applications.id] }),
}));
