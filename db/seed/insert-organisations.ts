import { organisations } from "../schema";
import type { DbHandle } from "../../app/models/plan.server";
import { ORGANISATIONS, organisationDomain } from "./data/organisations";
import { fictionalSiret, type Random } from "./prng";

/** Inserts the demo organisations; returns slug → { id, name, country }. */
export function insertOrganisations(
  db: DbHandle,
  random: Random,
): Map<string, { id: number; name: string; country: string }> {
  const sirets = new Set<string>();
  const rows = ORGANISATIONS.map((o) => {
    let siret: string | null = null;
    if (o.country === "FR") {
      // Drawn in list order; a repeat (vanishingly rare) is drawn again to keep SIRETs unique.
      do siret = fictionalSiret(random);
      while (sirets.has(siret));
      sirets.add(siret);
    }
    const domain = organisationDomain(o.slug);
    return {
      slug: o.slug,
      name: o.name,
      legalForm: o.legalForm,
      siret,
      address: o.address,
      postcode: o.postcode,
      city: o.city,
      country: o.country,
      website: `https://${domain}`,
      sector: o.sector,
      descriptionFr: o.descriptionFr,
      descriptionEn: o.descriptionEn,
      emailDomain: domain,
    };
  });
  const inserted = db
    .insert(organisations)
    .values(rows)
    .returning({ id: organisations.id, slug: organisations.slug })
    .all();
  const bySlug = new Map(ORGANISATIONS.map((o) => [o.slug, o]));
  return new Map(
    inserted.map((r) => [
      r.slug,
      { id: r.id, name: bySlug.get(r.slug)!.name, country: bySlug.get(r.slug)!.country },
    ]),
  );
}
