import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { namespaceNames, resources } from "./resources";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}

const instances = new Map<Locale, I18n>();

/** One initialised i18next instance per locale, shared by server renders, e-mails and the browser. */
export function getI18n(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: false,
      resources,
      ns: namespaceNames,
      defaultNS: "common",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** A translation function for server code (e-mails, CSV headers, messages in actions). */
export function getT(locale: Locale) {
  return getI18n(locale).t;
}

/** fr-FR / en-GB formatting, as the product promises (dates, numbers). */
export function intlLocale(locale: Locale): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}
