import { z } from "zod";

/**
 * The `allee.plan/v1` interchange format (docs/RULES.md). This module is the
 * single zod description of a plan file; cross-reference checks (duplicate ids,
 * unknown references, polygon simplicity) live in `parse.ts`.
 */
export const PLAN_FORMAT = "allee.plan/v1";

const finite = z.number().finite();
export const pointSchema = z.tuple([finite, finite]);
export const polygonSchema = z.array(pointSchema).min(3, "must have at least 3 points");
const id = z.string().trim().min(1, "must not be empty").max(100);

export const ruleSettingsSchema = z
  .object({
    minAisleM: finite.positive(),
    exitClearanceM: finite.nonnegative(),
    maxExitDistanceM: finite.positive(),
    circulationShareMin: finite.min(0).max(1),
    coveredMaxAreaM2: finite.positive(),
    coveredMinGapM: finite.nonnegative(),
    coveredMaxShare: finite.min(0).max(1),
    areaTolerance: finite.min(0).max(1),
    areaSlack: finite.nonnegative(),
    maxCableRunM: finite.positive(),
    boxCapacityKw: finite.positive(),
    singlePhaseMaxKw: finite.positive(),
    competitorMinDistanceM: finite.nonnegative(),
    nearDistanceM: finite.nonnegative(),
    noiseBufferM: finite.nonnegative(),
  })
  .partial();

export const hallSchema = z.object({
  id,
  name: z.string().trim().min(1, "must not be empty"),
  /** Extension: the venue the hall belongs to (an event may span several venues). */
  venue: z.string().optional(),
  outline: polygonSchema,
  powerSupplyKw: finite.nonnegative().nullish(),
});

export const obstacleKinds = ["pillar", "wall", "technical", "no-build"] as const;
export const obstacleSchema = z.object({
  id,
  hallId: id,
  kind: z.enum(obstacleKinds),
  polygon: polygonSchema,
  label: z.string().optional(),
});

export const exitSchema = z.object({ id, hallId: id, a: pointSchema, b: pointSchema, label: z.string().optional() });

export const powerBoxSchema = z.object({
  id,
  hallId: id,
  at: pointSchema,
  capacityKw: finite.positive().nullish(),
  phases: z.union([z.literal(1), z.literal(3)]).default(1),
  label: z.string().optional(),
});

export const zoneKinds = ["pavilion", "quiet", "demo"] as const;
export const zoneSchema = z.object({
  id,
  hallId: id,
  kind: z.enum(zoneKinds),
  name: z.string().optional(),
  polygon: polygonSchema,
});

export const standStatuses = ["available", "held", "reserved", "assigned", "blocked"] as const;
export const standSchema = z.object({
  id,
  hallId: id,
  x: finite,
  y: finite,
  width: finite.positive("must be > 0"),
  depth: finite.positive("must be > 0"),
  rotation: finite.default(0),
  covered: z.boolean().default(false),
  powerBoxId: id.nullable().default(null),
  exhibitorId: id.nullable().default(null),
  label: z.string().optional(),
  status: z.enum(standStatuses).optional(),
  notes: z.string().optional(),
});

export const noiseLevels = ["quiet", "normal", "loud"] as const;
export const exhibitorSchema = z.object({
  id,
  name: z.string().trim().min(1, "must not be empty"),
  requestedAreaM2: finite.positive("must be > 0"),
  powerKw: finite.nonnegative().default(0),
  phases: z.union([z.literal(1), z.literal(3)]).default(1),
  pavilionId: id.nullable().default(null),
  avoid: z.array(id).default([]),
  near: z.array(id).default([]),
  noise: z.enum(noiseLevels).default("normal"),
  priority: finite.nonnegative().default(1),
});

export const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  name: z.string().optional(),
  /** Extension: free-text assumptions and sources (a venue file states every assumption here). */
  assumptions: z.array(z.string()).optional(),
  rules: ruleSettingsSchema.default({}),
  halls: z.array(hallSchema).min(1, "must list at least one hall"),
  obstacles: z.array(obstacleSchema).default([]),
  exits: z.array(exitSchema).default([]),
  powerBoxes: z.array(powerBoxSchema).default([]),
  zones: z.array(zoneSchema).default([]),
  stands: z.array(standSchema).default([]),
  exhibitors: z.array(exhibitorSchema).default([]),
});

/** A plan as written in a file (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
/** A parsed plan: every default of RULES.md applied. */
export type Plan = z.output<typeof planSchema>;
export type Point = z.output<typeof pointSchema>;
export type Polygon = Point[];
export type Hall = Plan["halls"][number];
export type Obstacle = Plan["obstacles"][number];
export type Exit = Plan["exits"][number];
export type PowerBox = Plan["powerBoxes"][number];
export type Zone = Plan["zones"][number];
export type Stand = Plan["stands"][number];
export type Exhibitor = Plan["exhibitors"][number];
export type StandStatus = (typeof standStatuses)[number];
export type RuleSettingsInput = z.output<typeof ruleSettingsSchema>;
