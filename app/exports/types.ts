import type { Plan } from "../../floorplans/format/schema";

/**
 * Everything the staff exports print, already read from the database (app/models/export-data.server.ts):
 * the builders in this folder are pure functions of it, so the benchmark and the tests feed them
 * generated data without a database.
 */
export type ExportLocale = "fr" | "en";

export interface ExportEvent {
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  timezone: string;
  planVersion: number;
}

export interface FurnitureLine {
  code: string;
  nameFr: string;
  nameEn: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Badge {
  name: string;
  role: "exhibitor" | "staff" | "installer";
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface Declarations {
  machines: boolean;
  lasers: boolean;
  drones: boolean;
  vrRigs: boolean;
  details?: string;
}

export interface MachinesForm {
  machines: boolean;
  lasers: boolean;
  laserClass: string | null;
  dangerousProducts: boolean;
  description: string;
}

/** An exhibitor with its application's figures and its logistics answers (null/empty when not given). */
export interface ExportExhibitor {
  slug: string;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** The on-site contact when the application names one, else null (the main contact is used). */
  onsite: { name: string; email: string; phone: string } | null;
  /** Whole demand of the exhibitor (electrical order when submitted, else the application). */
  powerKw: number;
  phases: 1 | 3;
  power24h: boolean;
  declarations: Declarations;
  machinesForm: MachinesForm | null;
  furniture: FurnitureLine[];
  badges: Badge[];
  loadIn: Slot | null;
  loadOut: Slot | null;
  vehicle: { plate: string; lengthM: number; heightM: number } | null;
  /** How many stands the exhibitor holds (its power demand is shared among them, RULES.md). */
  standCount: number;
}

export interface ExportStand {
  code: string;
  hallId: string;
  hallName: string;
  venueName: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: number;
  areaM2: number;
  covered: boolean;
  status: string;
  fasciaName: string | null;
  notes: string | null;
  powerBoxId: string | null;
  exhibitor: ExportExhibitor | null;
}

export interface ExportData {
  event: ExportEvent;
  plan: Plan;
  /** Ordered by hall (plan order) then code. */
  stands: ExportStand[];
  generatedAt: Date;
}

/** Power demand of one stand: its exhibitor's demand shared among its stands (RULES.md). */
export function standDemandKw(stand: ExportStand): number {
  const e = stand.exhibitor;
  if (!e || e.standCount === 0) return 0;
  return e.powerKw / e.standCount;
}

/** Fascia names print on a 40-character board. */
export const FASCIA_MAX = 40;
export function fasciaText(stand: ExportStand): string {
  const text = (stand.fasciaName ?? stand.exhibitor?.name ?? "").trim();
  return text.length > FASCIA_MAX ? `${text.slice(0, FASCIA_MAX - 1)}…` : text;
}
