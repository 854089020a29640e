import { eq, lte } from "drizzle-orm";
import { createCookie } from "react-router";
import { getDb } from "../../db/client";
import { sessions } from "../../db/schema";
import type { DbExecutor } from "./audit.server";
import { generateRawToken, hashToken, isWellFormedToken } from "./auth-token.server";

export const SESSION_COOKIE_NAME = "__session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Built per call so that `Secure` follows NODE_ENV as it is when the response is made.
 * Unsigned on purpose: the value is a random 32-byte token looked up by its SHA-256, so a forged
 * value simply finds no session.
 */
function sessionCookie() {
  return createCookie(SESSION_COOKIE_NAME, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

/** What the request's cookie says: no session cookie at all, or a token (well-formed or not) to look up. */
export async function readSessionToken(
  request: Request,
): Promise<{ present: boolean; token: string | null }> {
  const header = request.headers.get("Cookie");
  if (!header) return { present: false, token: null };
  let value: unknown;
  try {
    value = await sessionCookie().parse(header);
  } catch {
    // A cookie header that does not even parse is treated like a tampered value.
    return { present: true, token: null };
  }
  // parse() gives null only when there is no such cookie; garbage decodes to "" or {}.
  if (value === null) return { present: false, token: null };
  return { present: true, token: isWellFormedToken(value) ? value : null };
}

export function commitSessionCookie(token: string): Promise<string> {
  return sessionCookie().serialize(token);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** Opens a session for a user and returns the raw token for the cookie. */
export function createSession(userId: number, tx: DbExecutor = getDb()): string {
  const token = generateRawToken();
  tx.insert(sessions)
    .values({ idHash: hashToken(token), userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) })
    .run();
  return token;
}

/** The user id of a live session, or null (unknown or expired; an expired row is removed). */
export function getSessionUserId(token: string): number | null {
  const idHash = hashToken(token);
  const db = getDb();
  const row = db.select().from(sessions).where(eq(sessions.idHash, idHash)).get();
  if (!row) return null;
  if (row.expiresAt.getTime() <= Date.now()) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    return null;
  }
  return row.userId;
}

export function deleteSession(token: string): void {
  getDb()
    .delete(sessions)
    .where(eq(sessions.idHash, hashToken(token)))
    .run();
}

/** Logs a user out everywhere (after a password change). */
export function deleteUserSessions(userId: number, tx: DbExecutor = getDb()): void {
  tx.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Housekeeping on each login, so the table does not grow with abandoned sessions. */
export function deleteExpiredSessions(): void {
  getDb().delete(sessions).where(lte(sessions.expiresAt, new Date())).run();
}
