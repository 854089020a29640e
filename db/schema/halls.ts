import { relations } from "drizzle-orm";
import { integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Point } from "../../floorplans/format/schema";
import { events } from "./events";
import { venues } from "./venues";
import { obstacles } from "./obstacles";
import { exits } from "./exits";
import { powerBoxes } from "./power-boxes";
import { zones } from "./zones";
import { stands } from "./stands";

/** A hall as laid out for one event: its outline is part of the event's plan and can be edited. */
export const halls = sqliteTable(
  "halls",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    venueId: integer()
      .notNull()
      .references(() => venues.id, { onDelete: "restrict" }),
    /** The hall's id in allee.plan/v1 files (e.g. "cartonnerie"). */
    code: text().notNull(),
    name: text().notNull(),
    outline: text({ mode: "json" }).$type<Point[]>().notNull(),
    powerSupplyKw: real(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("halls_event_code").on(t.eventId, t.code)],
);

export const hallsRelations = relations(halls, ({ one, many }) => ({
  event: one(events, { fields: [halls.eventId], references: [events.id] }),
  venue: one(venues, { fields: [halls.venueId], references: [venues.id] }),
  obstacles: many(obstacles),
  exits: many(exits),
  powerBoxes: many(powerBoxes),
  zones: many(zones),
  stands: many(stands),
}));
