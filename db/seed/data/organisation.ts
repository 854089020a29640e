import type { Sector } from "./sectors";

/** A fictional organisation of the demo. French ones get a generated SIRET; foreign ones have none. */
export interface SeedOrganisation {
  slug: string;
  name: string;
  legalForm: string;
  address: string;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  sector: Sector;
  descriptionFr: string;
  descriptionEn: string;
}

type Place = readonly [address: string, postcode: string, city: string, country?: string];

/** Compact constructor for the curated lists: one organisation reads as one short block. */
export function org(
  slug: string,
  name: string,
  legalForm: string,
  [address, postcode, city, country = "FR"]: Place,
  sector: Sector,
  descriptionFr: string,
  descriptionEn: string,
): SeedOrganisation {
  return { slug, name, legalForm, address, postcode, city, country, sector, descriptionFr, descriptionEn };
}
