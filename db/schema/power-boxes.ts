import { relations } from "drizzle-orm";
import { integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { halls } from "./halls";
import { stands } from "./stands";

export const powerBoxes = sqliteTable(
  "power_boxes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    hallId: integer()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    code: text().notNull(),
    x: real().notNull(),
    y: real().notNull(),
    /** Null: the rule default (36 kVA, regulation T 35). */
    capacityKw: real(),
    phases: integer().notNull().default(1),
    label: text(),
  },
  (t) => [uniqueIndex("power_boxes_hall_code").on(t.hallId, t.code)],
);

export const powerBoxesRelations = relations(powerBoxes, ({ one, many }) => ({
  hall: one(halls, { fields: [powerBoxes.hallId], references: [halls.id] }),
  stands: many(stands),
}));
