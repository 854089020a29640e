import { relations } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { standStatuses } from "../../floorplans/format/schema";
import { events } from "./events";
import { halls } from "./halls";
import { powerBoxes } from "./power-boxes";
import { assignments } from "./assignments";

export const stands = sqliteTable(
  "stands",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    hallId: integer()
      .notNull()
      .references(() => halls.id, { onDelete: "cascade" }),
    /** The stand's id in plan files and on site (e.g. "A01"); unique per event. */
    code: text().notNull(),
    x: real().notNull(),
    y: real().notNull(),
    width: real().notNull(),
    depth: real().notNull(),
    rotation: real().notNull().default(0),
    covered: integer({ mode: "boolean" }).notNull().default(false),
    status: text({ enum: standStatuses }).notNull().default("available"),
    powerBoxId: integer().references(() => powerBoxes.id, { onDelete: "set null" }),
    label: text(),
    /** Name on the fascia board (≤ 40 characters on the setup sheet). */
    fasciaName: text(),
    notes: text(),
  },
  (t) => [uniqueIndex("stands_event_code").on(t.eventId, t.code), index("stands_hall").on(t.hallId)],
);

export const standsRelations = relations(stands, ({ one }) => ({
  event: one(events, { fields: [stands.eventId], references: [events.id] }),
  hall: one(halls, { fields: [stands.hallId], references: [halls.id] }),
  powerBox: one(powerBoxes, { fields: [stands.powerBoxId], references: [powerBoxes.id] }),
  assignment: one(assignments),
}));
