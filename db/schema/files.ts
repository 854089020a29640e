import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Uploaded file contents, content-addressed: the bytes live at data/uploads/<sha256 prefix>/<sha256>,
 * never under public/. Rows that use a file (organisation logos, documents) point here; the name a
 * person gave the file belongs to the row that uses it.
 */
export const files = sqliteTable("files", {
  sha256: text().primaryKey(),
  /** Decided from the content (magic bytes), never from the extension or the browser. */
  mime: text().notNull(),
  sizeBytes: integer().notNull(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date()),
});
