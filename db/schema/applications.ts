import { relations } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { noiseLevels } from "../../floorplans/format/schema";
import { events } from "./events";
import { organisations } from "./organisations";
import { applicationWishes } from "./application-wishes";
import { assignments } from "./assignments";

export const applicationStatuses = [
  "draft",
  "submitted",
  "in_review",
  "accepted",
  "waitlisted",
  "rejected",
  "confirmed",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const standKinds = ["shell", "raw", "pavilion"] as const;
export type StandKind = (typeof standKinds)[number];

/** What an exhibitor declares for regulation T 8 / T 44 (machines, lasers, drones, VR rigs). */
export interface Declarations {
  machines: boolean;
  lasers: boolean;
  drones: boolean;
  vrRigs: boolean;
  details?: string;
}

export const applications = sqliteTable(
  "applications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    status: text({ enum: applicationStatuses }).notNull().default("draft"),
    standKind: text({ enum: standKinds }).notNull().default("shell"),
    requestedAreaM2: real().notNull(),
    powerKw: real().notNull().default(0),
    phases: integer().notNull().default(1),
    power24h: integer({ mode: "boolean" }).notNull().default(false),
    demoDescription: text().notNull().default(""),
    declarations: text({ mode: "json" })
      .$type<Declarations>()
      .notNull()
      .default({ machines: false, lasers: false, drones: false, vrRigs: false }),
    noise: text({ enum: noiseLevels }).notNull().default("normal"),
    /** Code of the wished pavilion zone in the event's plan (e.g. "pav-sud"). */
    pavilionCode: text(),
    priority: real().notNull().default(1),
    contactName: text().notNull().default(""),
    contactEmail: text().notNull().default(""),
    contactPhone: text().notNull().default(""),
    notes: text().notNull().default(""),
    /** Language the applicant used: decision e-mails are written in it. */
    locale: text({ enum: ["fr", "en"] }).notNull().default("fr"),
    /** When the applicant accepted the processing of their data (GDPR); required to submit. */
    consentAt: integer({ mode: "timestamp_ms" }),
    submittedAt: integer({ mode: "timestamp_ms" }),
    decidedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    // One application per organisation and event (STYLE.md §4).
    uniqueIndex("applications_event_organisation").on(t.eventId, t.organisationId),
    index("applications_event_status").on(t.eventId, t.status),
  ],
);

export const applicationsRelations = relations(applications, ({ one, many }) => ({
  event: one(events, { fields: [applications.eventId], references: [events.id] }),
  organisation: one(organisations, { fields: [applications.organisationId], references: [organisations.id] }),
  wishes: many(applicationWishes),
  assignments: many(assignments),
}));
