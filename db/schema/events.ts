import { relations } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { eventVenues } from "./venues";
import { halls } from "./halls";
import { stands } from "./stands";
import { applications } from "./applications";

export const events = sqliteTable("events", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** Calendar days, ISO `YYYY-MM-DD`, in the event's local time. */
  startsOn: text().notNull(),
  endsOn: text().notNull(),
  timezone: text().notNull().default("Europe/Paris"),
  applicationsOpenAt: integer({ mode: "timestamp_ms" }),
  applicationsCloseAt: integer({ mode: "timestamp_ms" }),
  /** After this moment exhibitors can no longer edit their answers. */
  editDeadlineAt: integer({ mode: "timestamp_ms" }),
  /** Overrides of the rule defaults of docs/RULES.md, as a JSON object (`rules` of allee.plan/v1). */
  ruleSettings: text({ mode: "json" }).$type<Record<string, number>>().notNull().default({}),
  /** Incremented by every saved plan edit; a save based on an older version is refused. */
  planVersion: integer().notNull().default(1),
  /** The plan version exhibitors see; null until the organisers publish. */
  publishedPlanVersion: integer(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
});

export const eventsRelations = relations(events, ({ many }) => ({
  venues: many(eventVenues),
  halls: many(halls),
  stands: many(stands),
  applications: many(applications),
}));
