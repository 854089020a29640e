import type { Hall, Plan, RuleSettingsInput } from "./schema";

/** Rule defaults of RULES.md; a plan's `rules` (or an event's settings) override any of them. */
export const DEFAULT_RULES = {
  minAisleM: 1.4,
  exitClearanceM: 1.4,
  /** Only a default: when neither the plan nor the event sets it, a hall with one exit gets 30 m (CO 43). */
  maxExitDistanceM: 50,
  circulationShareMin: 0.3333,
  coveredMaxAreaM2: 300,
  coveredMinGapM: 4,
  coveredMaxShare: 0.1,
  areaTolerance: 0.05,
  areaSlack: 0.25,
  maxCableRunM: 30,
  boxCapacityKw: 36,
  singlePhaseMaxKw: 3.7,
  competitorMinDistanceM: 3,
  nearDistanceM: 6,
  noiseBufferM: 5,
} as const;

export type RuleSettings = { -readonly [K in keyof typeof DEFAULT_RULES]: number } & {
  /** True when maxExitDistanceM was set explicitly, so the one-exit default of 30 m does not apply. */
  maxExitDistanceExplicit: boolean;
};

export const SINGLE_EXIT_MAX_DISTANCE_M = 30;

export function resolveRuleSettings(overrides: RuleSettingsInput = {}): RuleSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_RULES, ...defined, maxExitDistanceExplicit: overrides.maxExitDistanceM !== undefined };
}

export function planRuleSettings(plan: Plan): RuleSettings {
  return resolveRuleSettings(plan.rules);
}

/** The exit-distance limit that applies in a hall: 30 m when it has a single exit, unless set explicitly. */
export function maxExitDistanceFor(settings: RuleSettings, exitCountInHall: number): number {
  if (!settings.maxExitDistanceExplicit && exitCountInHall === 1) return SINGLE_EXIT_MAX_DISTANCE_M;
  return settings.maxExitDistanceM;
}

export function hallIds(plan: Plan): string[] {
  return plan.halls.map((h: Hall) => h.id);
}
