/**
 * The floor-plan domain, pure (no React, Konva, DB or node:*): the allee.plan/v1 format, plane
 * geometry, the rule catalogue of docs/RULES.md (full run and incremental engine), messages.
 */
export * from "./format/schema";
export { parsePlan, parsePlanJson, type ParseResult, type InvalidEntry } from "./format/parse";
export { serializePlan } from "./format/serialize";
export { DEFAULT_RULES, maxExitDistanceFor, planRuleSettings, resolveRuleSettings, type RuleSettings } from "./format/settings";
export * as geometry from "./geometry";
export { RULE_IDS, RULE_SEVERITY, compareViolations, type Locale, type ReportedViolation, type RuleId, type Severity, type Violation } from "./rules/types";
export { validatePlan } from "./rules/validate-plan";
export { createRuleEngine, type RuleEngine, type ViolationDiff } from "./rules/engine/rule-engine";
export { describeViolation, planNames, toReported } from "./rules/messages";
export { sortViolations } from "./rules/violation";
export { WalkingField, type WalkingBlocker, type WalkingDoor } from "./walking";
