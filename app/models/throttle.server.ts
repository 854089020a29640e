import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { loginAttempts } from "../../db/schema";

/**
 * Fixed-window counters for actions that cost us something when flooded (a draft application and an
 * e-mail per start, an e-mail per "lost link"). They share the login counters' table under keys of
 * their own (`throttle:…`), so a restart keeps them and every process sees the same counts.
 */
export interface Throttle {
  key: string;
  max: number;
  windowMs: number;
}

export type ThrottleOutcome = { ok: true } | { ok: false; retryAfterS: number };

/**
 * Counts one hit on every throttle, in one transaction — unless one of them has already reached its
 * max inside its window, in which case nothing is counted and the answer says when to come back.
 */
export function takeThrottles(throttles: Throttle[], now = new Date()): ThrottleOutcome {
  return getDb().transaction((tx) => {
    const rows = throttles.map((throttle) => {
      const key = `throttle:${throttle.key}`.slice(0, 400);
      const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
      const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= throttle.windowMs;
      return { throttle, key, count: fresh ? 0 : row.failures, start: fresh ? now : row.windowStartedAt };
    });
    const full = rows.filter((r) => r.count >= r.throttle.max);
    if (full.length > 0) {
      const retryAfterMs = Math.max(
        ...full.map((r) => r.start.getTime() + r.throttle.windowMs - now.getTime()),
      );
      return { ok: false as const, retryAfterS: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    for (const r of rows) {
      const values = { failures: r.count + 1, windowStartedAt: r.start, lockedUntil: null };
      tx.insert(loginAttempts)
        .values({ key: r.key, ...values })
        .onConflictDoUpdate({ target: loginAttempts.key, set: values })
        .run();
    }
    return { ok: true as const };
  });
}

const HOUR = 60 * 60 * 1000;

/** Starting an application: per trusted client address, and a ceiling per event against floods. */
export function applicationStartThrottles(eventId: number, clientAddress: string | null): Throttle[] {
  const throttles: Throttle[] = [{ key: `apply-start:event:${eventId}`, max: 300, windowMs: HOUR }];
  if (clientAddress) throttles.push({ key: `apply-start:ip:${clientAddress}`, max: 10, windowMs: HOUR });
  return throttles;
}

/** "Lost your link?": per e-mail address (so nobody can flood someone's mailbox) and per trusted address. */
export function resumeLinkThrottles(email: string, clientAddress: string | null): Throttle[] {
  const throttles: Throttle[] = [{ key: `resume:email:${email.toLowerCase()}`, max: 3, windowMs: HOUR }];
  if (clientAddress) throttles.push({ key: `resume:ip:${clientAddress}`, max: 20, windowMs: HOUR });
  return throttles;
}
