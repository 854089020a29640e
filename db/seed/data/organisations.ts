import { ORGANISATIONS_FRANCE } from "./organisations-france";
import { ORGANISATIONS_INSTITUTIONS } from "./organisations-institutions";
import { ORGANISATIONS_INTERNATIONAL } from "./organisations-international";
import { ORGANISATIONS_SUD } from "./organisations-sud";
import type { SeedOrganisation } from "./organisation";

/** Every organisation of the demo, in a fixed order (SIRETs are drawn in this order). */
export const ORGANISATIONS: SeedOrganisation[] = [
  ...ORGANISATIONS_SUD,
  ...ORGANISATIONS_FRANCE,
  ...ORGANISATIONS_INSTITUTIONS,
  ...ORGANISATIONS_INTERNATIONAL,
];

/** Demo e-mail domains and websites live under the reserved `.example` top-level domain. */
export function organisationDomain(slug: string): string {
  return `${slug}.example`;
}
