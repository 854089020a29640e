import { relations } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { events } from "./events";
import { halls } from "./halls";

export const venues = sqliteTable("venues", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  address: text().notNull().default(""),
  city: text().notNull().default(""),
  country: text().notNull().default("FR"),
});

/** An event can span several venues (e.g. the Friche in Marseille and a partner venue in Aix). */
export const eventVenues = sqliteTable(
  "event_venues",
  {
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    venueId: integer()
      .notNull()
      .references(() => venues.id, { onDelete: "restrict" }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.venueId] })],
);

export const venuesRelations = relations(venues, ({ many }) => ({ halls: many(halls), events: many(eventVenues) }));
export const eventVenuesRelations = relations(eventVenues, ({ one }) => ({
  event: one(events, { fields: [eventVenues.eventId], references: [events.id] }),
  venue: one(venues, { fields: [eventVenues.venueId], references: [venues.id] }),
}));
