import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { authTokens, type authTokenKinds } from "../../db/schema";
import type { DbExecutor } from "./audit.server";

export type AuthTokenKind = (typeof authTokenKinds)[number];
export type AuthTokenRow = typeof authTokens.$inferSelect;
export type TokenFailure = "invalid" | "expired" | "used";
export type TokenCheck = { ok: true; token: AuthTokenRow } | { ok: false; reason: TokenFailure };

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
export const INVITE_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// 32 random bytes, URL-safe: the raw value only ever lives in the link or the cookie.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateRawToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of a raw token: what the database keeps, so a leaked copy cannot be replayed. */
export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

export function isWellFormedToken(raw: unknown): raw is string {
  return typeof raw === "string" && TOKEN_PATTERN.test(raw);
}

/** Stores a new single-use token and returns the raw value to put in a link. */
export function createToken(
  kind: AuthTokenKind,
  input: { userId?: number | null; email: string; ttlMs: number },
  tx: DbExecutor = getDb(),
): string {
  const raw = generateRawToken();
  tx.insert(authTokens)
    .values({
      tokenHash: hashToken(raw),
      kind,
      userId: input.userId ?? null,
      email: input.email.toLowerCase(),
      expiresAt: new Date(Date.now() + input.ttlMs),
    })
    .run();
  return raw;
}

function checkRow(row: AuthTokenRow | undefined, now: Date): TokenCheck {
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, token: row };
}

/** Reads a token without using it up (to decide whether a link page shows its form). */
export function inspectToken(kind: AuthTokenKind, raw: unknown, tx: DbExecutor = getDb()): TokenCheck {
  if (!isWellFormedToken(raw)) return { ok: false, reason: "invalid" };
  const row = tx
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(raw)), eq(authTokens.kind, kind)))
    .get();
  return checkRow(row, new Date());
}

/**
 * Uses a token up. The conditional update (`used_at is null`) makes the single use hold even if
 * two requests race; pass a transaction to tie it to the change the token authorises.
 */
export function consumeToken(kind: AuthTokenKind, raw: unknown, tx?: DbExecutor): TokenCheck {
  const run = (t: DbExecutor): TokenCheck => {
    const check = inspectToken(kind, raw, t);
    if (!check.ok) return check;
    const usedAt = new Date();
    const updated = t
      .update(authTokens)
      .set({ usedAt })
      .where(and(eq(authTokens.id, check.token.id), isNull(authTokens.usedAt)))
      .run();
    if (updated.changes !== 1) return { ok: false, reason: "used" };
    return { ok: true, token: { ...check.token, usedAt } };
  };
  return tx ? run(tx) : getDb().transaction((t) => run(t));
}

/** Voids the other open tokens of a kind for a user (an older reset e-mail must not work after a reset). */
export function revokeUserTokens(
  kind: AuthTokenKind,
  userId: number,
  exceptId: number,
  tx: DbExecutor = getDb(),
): void {
  tx.update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.kind, kind),
        eq(authTokens.userId, userId),
        isNull(authTokens.usedAt),
        ne(authTokens.id, exceptId),
      ),
    )
    .run();
}
