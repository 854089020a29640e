import { relations } from "drizzle-orm";
import { integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { halls } from "./halls";

/** A door: segment a–b on the hall outline. */
export const exits = sqliteTable(
  "exits",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    hallId: integer()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    code: text().notNull(),
    ax: real().notNull(),
    ay: real().notNull(),
    bx: real().notNull(),
    by: real().notNull(),
    label: text(),
  },
  (t) => [uniqueIndex("exits_hall_code").on(t.hallId, t.code)],
);

export const exitsRelations = relations(exits, ({ one }) => ({
  hall: one(halls, { fields: [exits.hallId], references: [halls.id] }),
}));
