import { intlLocale, type Locale } from "./i18n";

export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatDate(locale: Locale, value: Date | string, style: "long" | "short" = "long"): string {
  const date = typeof value === "string" ? new Date(`${value.length === 10 ? `${value}T12:00:00` : value}`) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: "Europe/Paris" }).format(date);
}

export function formatDateTime(locale: Locale, value: Date): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Paris",
  }).format(value);
}
