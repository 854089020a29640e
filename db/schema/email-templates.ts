import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { events } from "./events";
import { users } from "./users";

/**
 * An event's own wording of a templated e-mail (e.g. the decision e-mails); without a row the
 * product's default template of app/emails applies.
 */
export const emailTemplates = sqliteTable(
  "email_templates",
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    template: text().notNull(),
    locale: text({ enum: ["fr", "en"] }).notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.template, t.locale] })],
);
