import type { contactRoles } from "../../db/schema/application-contacts";
import type { Declarations, StandKind } from "../../db/schema/applications";
import type { noiseLevels } from "../../floorplans/format/schema";
import { SECTORS, type Sector } from "../../db/seed/data/sectors";

/** The steps of the public application form, in order; `review` is where it is submitted. */
export const APPLY_STEPS = ["organisation", "contacts", "participation", "wishes", "review"] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];
/** The steps whose answers an exhibitor can change later from the portal. */
export const EDITABLE_STEPS = ["organisation", "contacts", "participation", "wishes"] as const;
export type EditableStep = (typeof EDITABLE_STEPS)[number];

export function isApplyStep(value: unknown): value is ApplyStep {
  return typeof value === "string" && (APPLY_STEPS as readonly string[]).includes(value);
}

export function isEditableStep(value: unknown): value is EditableStep {
  return typeof value === "string" && (EDITABLE_STEPS as readonly string[]).includes(value);
}

export function nextStep(step: ApplyStep): ApplyStep {
  return APPLY_STEPS[Math.min(APPLY_STEPS.indexOf(step) + 1, APPLY_STEPS.length - 1)] ?? "review";
}

export function previousStep(step: ApplyStep): ApplyStep | null {
  const index = APPLY_STEPS.indexOf(step);
  return index > 0 ? (APPLY_STEPS[index - 1] ?? null) : null;
}

export const SECTOR_CODES = Object.keys(SECTORS) as [Sector, ...Sector[]];

export function sectorLabel(code: string, locale: "fr" | "en"): string {
  return code in SECTORS ? SECTORS[code as Sector][locale] : code;
}

export const LIMITS = {
  organisationName: 200,
  address: 200,
  postcode: 16,
  city: 120,
  website: 300,
  description: 1000,
  personName: 120,
  email: 254,
  phone: 40,
  demoDescription: 2000,
  declarationDetails: 2000,
  /** A SIRET typed with spaces or dots is longer than its 14 digits. */
  siretInput: 24,
} as const;

/** Shell-scheme formats (DESIGN.md) and the range of a custom area, in m². */
export const AREA_PRESETS = [9, 12, 18] as const;
/** The radio values of the area question: the presets, or a custom area typed in. */
export const AREA_CHOICES = ["9", "12", "18", "custom"] as const satisfies readonly (
  `${(typeof AREA_PRESETS)[number]}` | "custom"
)[];
export const AREA_MIN_M2 = 4;
export const AREA_MAX_M2 = 300;
/** A stand never draws more than one 60 kW supply line; 36 kVA is the usual box (T 35). */
export const POWER_MAX_KW = 60;
export const PHASES = ["1", "3"] as const;
export const WISHES_MAX = 10;

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The whole organisation step: the logo plus generous room for the text fields and multipart overhead. */
export const ORGANISATION_BODY_MAX_BYTES = LOGO_MAX_BYTES + 256 * 1024;
/** Every other step is text only. */
export const TEXT_BODY_MAX_BYTES = 256 * 1024;

/** A draft (and the links to resume it) lives for 30 days. */
export const RESUME_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// Mirrors of the database enums, so that components can import them without pulling drizzle into
// the browser bundle; the `satisfies` clauses and the Same<> checks keep them in step with db/schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

export const CONTACT_ROLES = ["onsite", "billing", "press", "technical"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const STAND_KINDS = ["shell", "raw", "pavilion"] as const;
export type StandKindCode = (typeof STAND_KINDS)[number];
export const NOISE_LEVELS = ["quiet", "normal", "loud"] as const;
export type NoiseLevel = (typeof NOISE_LEVELS)[number];
export const DECLARATION_KEYS = ["machines", "lasers", "drones", "vrRigs"] as const;
export type DeclarationKey = (typeof DECLARATION_KEYS)[number];

export const enumsMatchDatabase: [
  Same<ContactRole, (typeof contactRoles)[number]>,
  Same<StandKindCode, StandKind>,
  Same<NoiseLevel, (typeof noiseLevels)[number]>,
  Same<DeclarationKey, Exclude<keyof Declarations, "details">>,
] = [true, true, true, true];

/** A pavilion zone an applicant can wish for (zones.code, zones.name). */
export interface PavilionOption {
  code: string;
  name: string;
}

/** A known organisation an applicant can name as neighbour or competitor. */
export interface OrganisationOption {
  id: number;
  name: string;
}
