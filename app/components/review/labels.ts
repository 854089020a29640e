import { SECTORS } from "../../../db/seed/data/sectors";
import { intlLocale, type Locale } from "~/i18n/i18n";

/** A sector's name in the reader's language (the fixed list of db/seed/data/sectors.ts). */
export function sectorLabel(locale: Locale, sector: string): string {
  return sector in SECTORS ? SECTORS[sector as keyof typeof SECTORS][locale] : sector;
}

/** A country's name from its ISO code, by the platform's own data; the code when unknown. */
export function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
