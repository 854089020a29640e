import { relations } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";
import { applications } from "./applications";

export const organisations = sqliteTable("organisations", {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Stable, readable id used as `exhibitorId` in plan files. */
  slug: text().notNull().unique(),
  name: text().notNull(),
  legalForm: text(),
  /** French company number (14 digits, Luhn key); null for foreign organisations. */
  siret: text().unique(),
  address: text().notNull().default(""),
  postcode: text().notNull().default(""),
  city: text().notNull().default(""),
  country: text().notNull().default("FR"),
  website: text(),
  sector: text().notNull(),
  descriptionFr: text().notNull().default(""),
  descriptionEn: text().notNull().default(""),
  /** SHA-256 of the logo in `files` (PNG or JPEG, checked by content). */
  logoSha256: text(),
  /** Lower-cased domain of the contact e-mail; with the SIRET it detects a second application. */
  emailDomain: text(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
});

export const organisationsRelations = relations(organisations, ({ many }) => ({
  users: many(users),
  applications: many(applications),
}));
