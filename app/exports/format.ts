import { exportDocuments, type ExportTexts } from "../i18n/locales/exports-documents";
import type { ExportLocale, Slot } from "./types";

/**
 * Locale-aware formatting for the export files: Intl formatters built once per locale and digit
 * count (building one costs far more than using it), so that fr-FR prints « 1 234,5 » with its
 * narrow no-break spaces and en-GB « 1,234.5 ».
 */
export interface Formatter {
  locale: ExportLocale;
  texts: ExportTexts;
  number(value: number, digits?: number): string;
  /** A share (0.333 → « 33,3 % » with fr-FR's narrow no-break space). */
  percent(value: number): string;
  date(value: Date): string;
  dateTime(value: Date): string;
  slot(slot: Slot | null): string;
  fill(template: string, values: Record<string, string | number>): string;
}

const intlLocale = (locale: ExportLocale) => (locale === "fr" ? "fr-FR" : "en-GB");

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ""));
}

export function createFormatter(locale: ExportLocale, timeZone = "Europe/Paris"): Formatter {
  const numbers = new Map<number, Intl.NumberFormat>();
  const tag = intlLocale(locale);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: "short", timeStyle: "short", timeZone });
  const percentFormat = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const timeFormat = new Intl.DateTimeFormat(tag, { timeStyle: "short", timeZone });
  const format: Formatter = {
    locale,
    texts: exportDocuments[locale],
    number(value, digits = 0) {
      let f = numbers.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: digits });
        numbers.set(digits, f);
      }
      return f.format(value);
    },
    percent: (value) => percentFormat.format(value),
    date: (value) => dateFormat.format(value),
    dateTime: (value) => dateTimeFormat.format(value),
    slot(slot) {
      if (!slot) return format.texts.dash;
      return `${dateTimeFormat.format(slot.startsAt)} – ${timeFormat.format(slot.endsAt)}`;
    },
    fill,
  };
  return format;
}
