import type { Locale } from "../rules/types";
import type { UnplacedReason } from "./types";

/** Why an exhibitor is left out, in words an organiser acts on (FR default, EN complete). */
export const REASON_MESSAGES: Record<Locale, Record<UnplacedReason, string>> = {
  fr: {
    "no-free-stand": "aucun stand libre sur le plan",
    "no-stand-large-enough": "aucun stand libre assez grand pour la surface demandée",
    "pavilion-full": "aucun stand libre qui convienne dans son pavillon",
    "no-power-within-reach": "aucun stand libre raccordé à un coffret électrique à portée de câble",
    "phase-mismatch": "besoin de triphasé : aucun stand libre sur un coffret triphasé",
    "no-power-left": "plus assez de puissance dans les coffrets des stands qui conviennent",
    "hall-supply": "la puissance disponible du hall est épuisée",
    "competitor-conflict": "tous les stands qui conviennent sont trop près d'un concurrent",
    "stands-taken": "les stands qui conviennent sont pris par des exposants prioritaires ou mieux ajustés",
    "rule-conflict": "le placer créerait une erreur sur le plan",
  },
  en: {
    "no-free-stand": "no free stand on the plan",
    "no-stand-large-enough": "no free stand large enough for the requested area",
    "pavilion-full": "no suitable free stand inside its pavilion",
    "no-power-within-reach": "no free stand connected to a power box within cable reach",
    "phase-mismatch": "needs three-phase power: no free stand on a three-phase box",
    "no-power-left": "not enough power left in the boxes of the suitable stands",
    "hall-supply": "the hall's power supply is used up",
    "competitor-conflict": "every suitable stand is too close to a competitor",
    "stands-taken": "the suitable stands went to exhibitors with a higher priority or a better fit",
    "rule-conflict": "placing it would create an error on the plan",
  },
};

export function describeReason(reason: UnplacedReason, locale: Locale): string {
  return REASON_MESSAGES[locale][reason];
}
