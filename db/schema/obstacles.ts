import { relations } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Point } from "../../floorplans/format/schema";
import { obstacleKinds } from "../../floorplans/format/schema";
import { halls } from "./halls";

export const obstacles = sqliteTable(
  "obstacles",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    hallId: integer()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    code: text().notNull(),
    kind: text({ enum: obstacleKinds }).notNull(),
    polygon: text({ mode: "json" }).$type<Point[]>().notNull(),
    label: text(),
  },
  (t) => [uniqueIndex("obstacles_hall_code").on(t.hallId, t.code)],
);

export const obstaclesRelations = relations(obstacles, ({ one }) => ({
  hall: one(halls, { fields: [obstacles.hallId], references: [halls.id] }),
}));
