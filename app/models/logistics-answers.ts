import { z } from "zod";
import type { LogisticsFormKind } from "../../db/schema/logistics";

/**
 * The answers of each logistics form (form_submissions.data), one zod schema per kind. This is the
 * contract between the exhibitor portal (which writes them), staff review, and the exports (which
 * read them): change it only with both. Messages are translation keys of the `logistics` namespace.
 * Documents (insurance, fire rating, machines) are rows of submission_documents, not answers.
 */
export const electricalAnswers = z.object({
  /** Demand in kW; becomes the application's powerKw, which the rules use. */
  kw: z.number().min(0).max(250),
  phases: z.union([z.literal(1), z.literal(3)]),
  supply24h: z.boolean(),
});

export const furnitureAnswers = z.object({
  lines: z
    .array(z.object({ itemId: z.number().int().positive(), quantity: z.number().int().min(1).max(99) }))
    .max(50),
});

export const badgeRoles = ["exhibitor", "staff", "installer"] as const;
export const badgesAnswers = z.object({
  badges: z.array(z.object({ name: z.string().trim().min(1).max(80), role: z.enum(badgeRoles) })).max(100),
});

/** load_in and load_out: the booked slot (its booking is also a row of slot_bookings). */
export const slotAnswers = z.object({ slotId: z.number().int().positive() });

export const vehicleAnswers = z.object({
  plate: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9 -]{1,14}$/),
  lengthM: z.number().min(1).max(20),
  heightM: z.number().min(1).max(5),
});

export const insuranceAnswers = z.object({
  insurer: z.string().trim().min(1).max(120),
  policyNumber: z.string().trim().min(1).max(60),
  /** YYYY-MM-DD */
  validUntil: z.iso.date(),
});

export const fireRatings = ["M0", "M1", "M2", "M3", "M4"] as const;
export const fireRatingAnswers = z.object({
  materials: z
    .array(z.object({ name: z.string().trim().min(1).max(120), rating: z.enum(fireRatings) }))
    .min(1)
    .max(50),
});

export const laserClasses = ["1", "1M", "2", "2M", "3R", "3B", "4"] as const;

/** Regulation T 8 / T 44: machines, engines, lasers, dangerous products, declared a month before. */
export const machinesAnswers = z.object({
  machines: z.boolean(),
  lasers: z.boolean(),
  laserClass: z.enum(laserClasses).nullable(),
  dangerousProducts: z.boolean(),
  description: z.string().trim().max(2000),
});

export const safetyRulesAnswers = z.object({
  accepted: z.literal(true),
  signatoryName: z.string().trim().min(1).max(120),
});

export const logisticsAnswers = {
  electrical: electricalAnswers,
  furniture: furnitureAnswers,
  badges: badgesAnswers,
  load_in: slotAnswers,
  load_out: slotAnswers,
  vehicle: vehicleAnswers,
  insurance: insuranceAnswers,
  fire_rating: fireRatingAnswers,
  machines: machinesAnswers,
  safety_rules: safetyRulesAnswers,
} satisfies Record<LogisticsFormKind, z.ZodType>;

export type LogisticsAnswers = { [K in LogisticsFormKind]: z.infer<(typeof logisticsAnswers)[K]> };

/** Kinds whose submission carries documents (PDF, PNG or JPEG). */
export const documentKinds: ReadonlySet<LogisticsFormKind> = new Set([
  "insurance",
  "fire_rating",
  "machines",
]);

/** Badges allowed for a given total stand area: a base plus one per full block of `perM2` m². */
export function badgeLimit(areaM2: number, base = 2, perM2 = 9): number {
  if (!(areaM2 > 0)) return base;
  return base + Math.floor(areaM2 / perM2);
}
