import { count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client";
import { outbox } from "../../db/schema";

export type OutboxMessage = typeof outbox.$inferSelect;
export type OutboxSummary = Pick<
  OutboxMessage,
  "id" | "to" | "subject" | "template" | "locale" | "createdAt" | "sentAt" | "error"
>;
export type OutboxPage = {
  messages: OutboxSummary[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export const OUTBOX_PAGE_SIZE = 50;

export function recordOutboxMessage(input: {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  template: string;
  locale: string;
}): number {
  return getDb().insert(outbox).values(input).returning({ id: outbox.id }).get().id;
}

export function markOutboxSent(id: number): void {
  getDb().update(outbox).set({ sentAt: new Date(), error: null }).where(eq(outbox.id, id)).run();
}

export function markOutboxFailed(id: number, error: string): void {
  getDb()
    .update(outbox)
    .set({ error: error.slice(0, 2000) })
    .where(eq(outbox.id, id))
    .run();
}

/**
 * `LIKE` with the user's text taken literally (a `%` or `_` typed in the search box matches itself),
 * ignoring case and accents on both sides (`fold`, registered on every connection in db/client.ts).
 */
function containsText(column: typeof outbox.to | typeof outbox.subject, text: string): SQL {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`fold(${column}) like fold(${`%${escaped}%`}) escape '\\'`;
}

/** Newest first, a page at a time, optionally narrowed to a recipient or subject containing `query`. */
export function listOutbox(input: { page: number; query?: string }): OutboxPage {
  const db = getDb();
  const query = input.query?.trim();
  const where = query ? or(containsText(outbox.to, query), containsText(outbox.subject, query)) : undefined;
  const total = db.select({ n: count() }).from(outbox).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const messages = db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      template: outbox.template,
      locale: outbox.locale,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      error: outbox.error,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  return { messages, total, page, pageCount, pageSize: OUTBOX_PAGE_SIZE };
}

export function getOutboxMessage(id: number): OutboxMessage | undefined {
  return getDb().select().from(outbox).where(eq(outbox.id, id)).get();
}
