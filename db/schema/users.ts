import { relations } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations";
import { sessions } from "./sessions";

export const roles = ["organiser", "staff", "exhibitor"] as const;
export type Role = (typeof roles)[number];
export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];

export const users = sqliteTable("users", {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Stored lower-cased. */
  email: text().notNull().unique(),
  name: text().notNull().default(""),
  /** argon2id hash; null until an invited user sets a password. */
  passwordHash: text(),
  role: text({ enum: roles }).notNull(),
  /** Exhibitors belong to exactly one organisation; organisers and staff to none. */
  organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
  locale: text({ enum: locales }).notNull().default("fr"),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
  disabledAt: integer({ mode: "timestamp_ms" }),
});

export const usersRelations = relations(users, ({ one, many }) => ({
  organisation: one(organisations, { fields: [users.organisationId], references: [organisations.id] }),
  sessions: many(sessions),
}));
