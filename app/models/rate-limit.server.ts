import { eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { loginAttempts } from "../../db/schema";

export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LOCK_MS = 15 * 60 * 1000;

/**
 * The client address for rate limiting, or null when it cannot be trusted. Only with TRUST_PROXY=1
 * (the app behind one reverse proxy that appends the peer address) is X-Forwarded-For believed, and
 * then its LAST hop, the one our proxy wrote: earlier hops are whatever the client sent. Without a
 * trusted address there is no per-address counter — a shared "unknown" key would let five failures
 * from anyone lock everybody out — and the per-e-mail limit still protects every account.
 */
export function getClientAddress(request: Request, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.TRUST_PROXY !== "1") return null;
  const last = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : null;
}

/** The counters a login attempt is charged to: its e-mail, and its address when known. */
export function loginAttemptKeys(email: string, clientAddress: string | null): string[] {
  return clientAddress ? [emailKey(email), `ip:${clientAddress}`] : [emailKey(email)];
}

function emailKey(email: string): string {
  return `email:${email.slice(0, 320)}`;
}

/** When the latest lock among the keys ends, or null when none is locked. */
export function getLockedUntil(keys: string[], now = new Date()): Date | null {
  const rows = getDb().select().from(loginAttempts).where(inArray(loginAttempts.key, keys)).all();
  let until: Date | null = null;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until))
      until = row.lockedUntil;
  }
  return until;
}

/**
 * Counts one failure on every key, in one transaction. A window that has run out (or a lock that has
 * ended) starts afresh; the fifth failure inside the window locks the key for LOGIN_LOCK_MS.
 */
export function recordLoginFailure(keys: string[], now = new Date()): void {
  getDb().transaction((tx) => {
    for (const key of keys) {
      const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
      const lockEnded = row?.lockedUntil != null && row.lockedUntil <= now;
      const windowOver = !row || now.getTime() - row.windowStartedAt.getTime() >= LOGIN_WINDOW_MS;
      const failures = !row || lockEnded || windowOver ? 1 : row.failures + 1;
      const values = {
        failures,
        windowStartedAt: failures === 1 || !row ? now : row.windowStartedAt,
        lockedUntil: failures >= MAX_LOGIN_FAILURES ? new Date(now.getTime() + LOGIN_LOCK_MS) : null,
      };
      tx.insert(loginAttempts)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginAttempts.key, set: values })
        .run();
    }
  });
}

/**
 * Forgets the failures of an e-mail after a successful login. The address counter is kept: one valid
 * account must not reset the budget of someone guessing other accounts from the same place.
 */
export function clearLoginFailures(email: string): void {
  getDb()
    .delete(loginAttempts)
    .where(eq(loginAttempts.key, emailKey(email)))
    .run();
}
