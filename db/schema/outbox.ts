import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Every e-mail the product sends; without SMTP_URL this is where organisers read them. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    template: text().notNull(),
    locale: text().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
    sentAt: integer({ mode: "timestamp_ms" }),
    error: text(),
  },
  (t) => [index("outbox_created").on(t.createdAt)],
);
