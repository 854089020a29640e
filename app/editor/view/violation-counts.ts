import type { Violation } from "../../../floorplans/rules/types";

/** What the violations panel's badges show. */
export interface ViolationCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countViolations(violations: readonly Violation[]): ViolationCounts {
  let errors = 0;
  for (const v of violations) if (v.severity === "error") errors++;
  return { errors, warnings: violations.length - errors };
}
