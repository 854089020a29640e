import { relations } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Point } from "../../floorplans/format/schema";
import { zoneKinds } from "../../floorplans/format/schema";
import { halls } from "./halls";

/** Pavilions, quiet and demo areas. */
export const zones = sqliteTable(
  "zones",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    hallId: integer()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    code: text().notNull(),
    kind: text({ enum: zoneKinds }).notNull(),
    name: text().notNull().default(""),
    polygon: text({ mode: "json" }).$type<Point[]>().notNull(),
  },
  (t) => [uniqueIndex("zones_hall_code").on(t.hallId, t.code)],
);

export const zonesRelations = relations(zones, ({ one }) => ({
  hall: one(halls, { fields: [zones.hallId], references: [halls.id] }),
}));
