import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const authTokenKinds = ["reset", "invite", "resume"] as const;

/** Single-use, expiring links (password reset, invitation, application resume), stored hashed. */
export const authTokens = sqliteTable("auth_tokens", {
  id: integer().primaryKey({ autoIncrement: true }),
  tokenHash: text().notNull().unique(),
  kind: text({ enum: authTokenKinds }).notNull(),
  userId: integer().references(() => users.id, { onDelete: "cascade" }),
  email: text().notNull(),
  expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
  usedAt: integer({ mode: "timestamp_ms" }),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
});
