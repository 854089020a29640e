import type { LogisticsFormKind } from "../schema/logistics";

/** The MIN 2024 furniture catalogue (prices excl. VAT, in cents); the last item is withdrawn. */
export const FURNITURE_2024 = [
  {
    code: "TABLE-120",
    nameFr: "Table 120 × 60 cm",
    nameEn: "Table 120 × 60 cm",
    unitPriceCents: 3500,
    active: true,
  },
  { code: "MANGE-DEBOUT", nameFr: "Mange-debout", nameEn: "High table", unitPriceCents: 4500, active: true },
  { code: "CHAISE", nameFr: "Chaise", nameEn: "Chair", unitPriceCents: 1200, active: true },
  { code: "TABOURET", nameFr: "Tabouret haut", nameEn: "Bar stool", unitPriceCents: 1800, active: true },
  {
    code: "COMPTOIR",
    nameFr: "Comptoir d’accueil",
    nameEn: "Reception counter",
    unitPriceCents: 9500,
    active: true,
  },
  {
    code: "PRESENTOIR",
    nameFr: "Présentoir à documentation",
    nameEn: "Brochure stand",
    unitPriceCents: 4000,
    active: true,
  },
  {
    code: "VITRINE",
    nameFr: "Vitrine éclairée",
    nameEn: "Lit display case",
    unitPriceCents: 14000,
    active: true,
  },
  {
    code: "SPOT-LED",
    nameFr: "Spot LED 50 W",
    nameEn: "50 W LED spotlight",
    unitPriceCents: 2500,
    active: true,
  },
  {
    code: "FRIGO-130",
    nameFr: "Réfrigérateur 130 l",
    nameEn: "Fridge 130 l",
    unitPriceCents: 8500,
    active: true,
  },
  {
    code: "ECRAN-55",
    nameFr: "Écran 55 pouces sur pied",
    nameEn: "55-inch screen on stand",
    unitPriceCents: 22000,
    active: true,
  },
  {
    code: "PORTANT",
    nameFr: "Portant à vêtements",
    nameEn: "Clothes rail",
    unitPriceCents: 3000,
    active: false,
  },
];

/** Forms the MIN asks for: all of them; furniture and vehicle are optional. */
export const OPTIONAL_FORMS: ReadonlySet<LogisticsFormKind> = new Set(["furniture", "vehicle"]);

export const BADGE_NAMES = [
  "Camille Roux",
  "Nicolas Faure",
  "Inès Benali",
  "Julien Marchetti",
  "Sarah Cohen",
  "Lucas Giraud",
  "Yasmine Haddad",
  "Thomas Morel",
  "Chloé Lambert",
  "Mehdi Bouzid",
  "Emma Fabre",
  "Antoine Blanc",
];

export const MATERIALS = [
  { name: "Cloison en médium ignifugé", rating: "M1" },
  { name: "Moquette aiguilletée", rating: "M3" },
  { name: "Toile tendue imprimée", rating: "M1" },
  { name: "Plexiglas", rating: "M4" },
  { name: "Structure aluminium", rating: "M0" },
] as const;

export const INSURERS = [
  "MAIF",
  "AXA France",
  "Allianz",
  "Groupama Méditerranée",
  "Hiscox",
  "MMA Entreprise",
];

export const REJECTION_REASONS: Partial<Record<LogisticsFormKind, string>> = {
  electrical:
    "Une puissance de 40 kW dépasse la capacité d’un coffret : merci de préciser le matériel alimenté.",
  vehicle: "Le quai de livraison n’accepte pas les véhicules de plus de 4 m de haut.",
  insurance: "L’attestation fournie a expiré le 30 septembre : envoyez celle de l’année en cours.",
  fire_rating: "Le procès-verbal du Plexiglas manque : ce matériau doit être classé M1 au moins.",
  badges: "Merci d’indiquer les noms complets (prénom et nom) de chaque personne.",
  machines: "Précisez la classe du laser et joignez le certificat de l’installateur.",
};
