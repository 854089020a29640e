import type { DbExecutor } from "./audit.server";

/**
 * The connection or an open transaction: the plan mapping runs inside a caller's transaction
 * (the seed writes everything in one) as well as in its own.
 */
export type DbHandle = DbExecutor;

/** Statuses whose exhibitors belong on the plan even before they hold a stand. */
export const PLAN_APPLICATION_STATUSES = ["accepted", "confirmed"] as const;

export const DEFAULT_VENUE_NAME = "Lieu sans nom";

export function toPhases(value: number): 1 | 3 {
  return value === 3 ? 3 : 1;
}

/** Nullable columns become absent keys, so an exported file carries no `"label": null` noise. */
export function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}
