import type { ApplicationStatus, StandKind } from "../../schema/applications";
import type { noiseLevels } from "../../../floorplans/format/schema";

/** One curated application of the demo. */
export interface SeedApplication {
  slug: string;
  status: ApplicationStatus;
  requestedAreaM2: number;
  powerKw: number;
  phases: 1 | 3;
  noise: (typeof noiseLevels)[number];
  /** A pavilion zone code of the venue file (pav-region-sud, pav-international, village-startup). */
  pavilion: string | null;
  standKind: StandKind;
  priority: number;
  power24h: boolean;
  /**
   * Accepted and confirmed applications are placed on the Cartonnerie unless this is false: a few
   * stay unplaced on purpose, for the allocation feature to place.
   */
  place: boolean;
  notes: string;
}

type Options = Partial<Pick<SeedApplication, "noise" | "pavilion" | "standKind" | "priority" | "power24h" | "place" | "notes">>;

/** Compact constructor: `app(slug, status, m², kW, phases, { options })`. */
export function app(
  slug: string,
  status: ApplicationStatus,
  requestedAreaM2: number,
  powerKw: number,
  phases: 1 | 3,
  options: Options = {},
): SeedApplication {
  return {
    slug,
    status,
    requestedAreaM2,
    powerKw,
    phases,
    noise: options.noise ?? "normal",
    pavilion: options.pavilion ?? null,
    standKind: options.standKind ?? (requestedAreaM2 >= 36 ? "raw" : "shell"),
    priority: options.priority ?? 1,
    power24h: options.power24h ?? false,
    place: options.place ?? true,
    notes: options.notes ?? "",
  };
}

export const SUD = "pav-region-sud";
export const INTERNATIONAL = "pav-international";
export const VILLAGE = "village-startup";
