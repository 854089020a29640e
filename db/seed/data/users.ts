import type { Locale, Role } from "../../schema/users";

/** Every demo account shares this password (printed by the seed, documented in the README). */
export const DEMO_PASSWORD = "demo-allee-2024";

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  /** Slug of the organisation an exhibitor belongs to. */
  organisation?: string;
  locale: Locale;
}

export const USERS: SeedUser[] = [
  { email: "orga@example.org", name: "Camille Organisatrice", role: "organiser", locale: "fr" },
  { email: "staff@example.org", name: "Sacha Régie", role: "staff", locale: "fr" },
  // Studio Lumen: confirmed for the MIN 2024 and placed on a stand of the Pavillon Région Sud.
  { email: "expo@example.org", name: "Léa Martin", role: "exhibitor", organisation: "studio-lumen", locale: "fr" },
  { email: "hugo@atelier-onde.example", name: "Hugo Bernard", role: "exhibitor", organisation: "atelier-onde", locale: "fr" },
  { email: "jiwoo@hanbit-immersive.example", name: "Ji-woo Park", role: "exhibitor", organisation: "hanbit-immersive", locale: "en" },
  { email: "minseo@gaon-ai.example", name: "Min-seo Kim", role: "exhibitor", organisation: "gaon-ai", locale: "en" },
  { email: "awa@dakar-digital-lab.example", name: "Awa Ndiaye", role: "exhibitor", organisation: "dakar-digital-lab", locale: "fr" },
  { email: "tom@mecanique-sonore.example", name: "Tom Rinaldi", role: "exhibitor", organisation: "mecanique-sonore", locale: "fr" },
];
