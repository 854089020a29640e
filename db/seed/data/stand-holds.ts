import type { StandStatus } from "../../../floorplans/format/schema";

/**
 * Stands the organisers took off the market on the demo plan, so every stand status shows up.
 * A stand is picked by where it must be: inside a zone, in a hall, or (blocked) the last free one.
 */
export interface StandHold {
  status: Exclude<StandStatus, "available" | "assigned">;
  zone?: string;
  hall?: string;
  notes: string;
}

export const STAND_HOLDS: StandHold[] = [
  { status: "held", zone: "pav-region-sud", notes: "Option pour Pixel Estaque (liste d'attente) jusqu'au 15 octobre." },
  { status: "held", zone: "pav-international", notes: "Option pour un studio de la Délégation Belgique Créative." },
  { status: "reserved", hall: "petit-plateau", notes: "Réservé à l'organisation : accueil presse." },
  { status: "reserved", hall: "petit-plateau", notes: "Réservé aux rendez-vous d'affaires des délégations." },
  { status: "blocked", hall: "cartonnerie", notes: "Bloqué : emprise de la régie son et lumière." },
];
