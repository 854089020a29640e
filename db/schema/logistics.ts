import { relations } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { applications } from "./applications";
import { events } from "./events";
import { files } from "./files";
import { users } from "./users";

/**
 * Logistics obligations of exhibitors (issue #6): the forms an event asks for, each exhibitor's
 * submission of each form, the documents attached to a submission, the furniture catalogue, the
 * load-in/load-out slots and their bookings, and the reminders sent. The answers of a submission
 * are kept as JSON whose shape per kind is the zod schema in app/models/logistics-answers.ts.
 */
export const logisticsFormKinds = [
  "electrical",
  "furniture",
  "badges",
  "load_in",
  "load_out",
  "vehicle",
  "insurance",
  "fire_rating",
  "machines",
  "safety_rules",
] as const;
export type LogisticsFormKind = (typeof logisticsFormKinds)[number];

export const submissionStatuses = ["draft", "submitted", "approved", "rejected"] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const slotKinds = ["load_in", "load_out"] as const;
export type SlotKind = (typeof slotKinds)[number];

/** Kind-specific settings of a form (all optional). */
export interface EventFormSettings {
  /** badges: badges allowed = badgesBase + floor(area m² / badgesPerM2) */
  badgesBase?: number;
  badgesPerM2?: number;
}

/** A form an event asks of its accepted exhibitors: on or off, mandatory or not, and its deadline. */
export const eventForms = sqliteTable(
  "event_forms",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: text({ enum: logisticsFormKinds }).notNull(),
    enabled: integer({ mode: "boolean" }).notNull().default(true),
    mandatory: integer({ mode: "boolean" }).notNull().default(true),
    dueAt: integer({ mode: "timestamp_ms" }).notNull(),
    settings: text({ mode: "json" }).$type<EventFormSettings>().notNull().default({}),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("event_forms_event_kind").on(t.eventId, t.kind)],
);

/** One exhibitor's answer to one form; `version` guards against two tabs overwriting each other. */
export const formSubmissions = sqliteTable(
  "form_submissions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventFormId: integer()
      .notNull()
      .references(() => eventForms.id, { onDelete: "cascade" }),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    status: text({ enum: submissionStatuses }).notNull().default("draft"),
    /** Answers; shape per kind in app/models/logistics-answers.ts. */
    data: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    rejectionReason: text(),
    version: integer().notNull().default(1),
    submittedAt: integer({ mode: "timestamp_ms" }),
    reviewedAt: integer({ mode: "timestamp_ms" }),
    reviewedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("form_submissions_form_application").on(t.eventFormId, t.applicationId),
    index("form_submissions_application").on(t.applicationId),
    index("form_submissions_status").on(t.status),
  ],
);

/** A file attached to a submission; the bytes are in `files` (content-addressed). */
export const submissionDocuments = sqliteTable(
  "submission_documents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    submissionId: integer()
      .notNull()
      .references(() => formSubmissions.id, { onDelete: "cascade" }),
    fileSha256: text()
      .notNull()
      .references(() => files.sha256),
    /** The sanitised name the exhibitor gave the file (no path, no control characters). */
    fileName: text().notNull(),
    mime: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [index("submission_documents_submission").on(t.submissionId)],
);

/** An item of the event's furniture catalogue. */
export const furnitureItems = sqliteTable(
  "furniture_items",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    code: text().notNull(),
    nameFr: text().notNull(),
    nameEn: text().notNull(),
    unitPriceCents: integer().notNull(),
    active: integer({ mode: "boolean" }).notNull().default(true),
  },
  (t) => [uniqueIndex("furniture_items_event_code").on(t.eventId, t.code)],
);

/** A load-in or load-out slot at the goods entrance, with how many exhibitors it takes. */
export const logisticsSlots = sqliteTable(
  "logistics_slots",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: text({ enum: slotKinds }).notNull(),
    startsAt: integer({ mode: "timestamp_ms" }).notNull(),
    endsAt: integer({ mode: "timestamp_ms" }).notNull(),
    capacity: integer().notNull(),
  },
  (t) => [index("logistics_slots_event_kind").on(t.eventId, t.kind)],
);

/** An exhibitor's booking of a slot: one per exhibitor and kind; never more than the slot's capacity. */
export const slotBookings = sqliteTable(
  "slot_bookings",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slotId: integer()
      .notNull()
      .references(() => logisticsSlots.id, { onDelete: "cascade" }),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    kind: text({ enum: slotKinds }).notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("slot_bookings_application_kind").on(t.applicationId, t.kind),
    index("slot_bookings_slot").on(t.slotId),
  ],
);

/** A reminder e-mailed to an exhibitor about missing mandatory forms: at most one per exhibitor and day. */
export const logisticsReminders = sqliteTable(
  "logistics_reminders",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** Calendar day in the event's time zone, YYYY-MM-DD. */
    sentOn: text().notNull(),
    formKinds: text({ mode: "json" }).$type<LogisticsFormKind[]>().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [uniqueIndex("logistics_reminders_application_day").on(t.applicationId, t.sentOn)],
);

export const eventFormsRelations = relations(eventForms, ({ one, many }) => ({
  event: one(events, { fields: [eventForms.eventId], references: [events.id] }),
  submissions: many(formSubmissions),
}));

export const formSubmissionsRelations = relations(formSubmissions, ({ one, many }) => ({
  form: one(eventForms, { fields: [formSubmissions.eventFormId], references: [eventForms.id] }),
  application: one(applications, { fields: [formSubmissions.applicationId], references: [applications.id] }),
  documents: many(submissionDocuments),
}));

export const submissionDocumentsRelations = relations(submissionDocuments, ({ one }) => ({
  submission: one(formSubmissions, { fields: [submissionDocuments.submissionId], references: [formSubmissions.id] }),
  file: one(files, { fields: [submissionDocuments.fileSha256], references: [files.sha256] }),
}));

export const logisticsSlotsRelations = relations(logisticsSlots, ({ one, many }) => ({
  event: one(events, { fields: [logisticsSlots.eventId], references: [events.id] }),
  bookings: many(slotBookings),
}));

export const slotBookingsRelations = relations(slotBookings, ({ one }) => ({
  slot: one(logisticsSlots, { fields: [slotBookings.slotId], references: [logisticsSlots.id] }),
  application: one(applications, { fields: [slotBookings.applicationId], references: [applications.id] }),
}));
