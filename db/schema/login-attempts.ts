import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Failed logins per key (e-mail, client address) for rate limiting; survives restarts. */
export const loginAttempts = sqliteTable("login_attempts", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: integer({ mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer({ mode: "timestamp_ms" }),
});
