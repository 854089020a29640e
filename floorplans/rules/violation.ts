import { compareViolations, RULE_SEVERITY, type RuleId, type Violation } from "./types";

export type ViolationData = Violation["data"];

/** A violation with its subjects sorted, as RULES.md requires. */
export function makeViolation(rule: RuleId, subjects: string[], data: ViolationData): Violation {
  if (subjects.length === 2 && subjects[1]! < subjects[0]!) subjects.reverse();
  else if (subjects.length > 2) subjects.sort();
  return { rule, severity: RULE_SEVERITY[rule], subjects, data };
}

/**
 * compareViolations, then the data as a last resort: two findings with the same rule and
 * subjects (ids shared across collections) must still come out in one order, whatever order
 * the full run or the incremental engine found them in.
 */
export function compareViolationsStrictly(a: Violation, b: Violation): number {
  const order = compareViolations(a, b);
  if (order !== 0 || a === b) return order;
  const x = JSON.stringify(a.data);
  const y = JSON.stringify(b.data);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rules in report order: errors first, then by rule id. */
const RULE_ORDER = (Object.keys(RULE_SEVERITY) as RuleId[]).sort((a, b) =>
  RULE_SEVERITY[a] !== RULE_SEVERITY[b] ? (RULE_SEVERITY[a] === "error" ? -1 : 1) : a < b ? -1 : 1,
);
const RULE_RANK = new Map(RULE_ORDER.map((rule, i) => [rule, i]));

/**
 * The order of compareViolationsStrictly, computed faster: findings are dealt into one pile per
 * rule first, so the comparison sort only ever compares subjects.
 */
export function sortViolations(list: readonly Violation[]): Violation[] {
  const piles: Violation[][] = RULE_ORDER.map(() => []);
  for (const v of list) piles[RULE_RANK.get(v.rule)!]!.push(v);
  const out: Violation[] = [];
  for (const pile of piles) {
    pile.sort(compareViolationsStrictly);
    for (const v of pile) out.push(v);
  }
  return out;
}
