import { intlLocale, type Locale } from "~/i18n/i18n";

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Numbers for the editor, with the formatters kept: the cursor readout, the inspector and the
 * aisle marks are re-rendered on pointer moves, and building an Intl.NumberFormat each time
 * costs more than everything else they do.
 */
export function formatDecimal(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}
