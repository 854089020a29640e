import { common } from "./locales/common";

/**
 * Every namespace of the UI. A feature adds its own module in ./locales and one line here.
 * Loaded eagerly: the whole set is a few tens of kB, and scripts (seed, reminders) use it too.
 */
const namespaces = { common } as const;

type Namespaces = typeof namespaces;
export type Resources = { [N in keyof Namespaces]: Namespaces[N]["fr"] };

function pick(locale: "fr" | "en") {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[locale]])) as Resources;
}

export const resources = { fr: pick("fr"), en: pick("en") };
export const namespaceNames = Object.keys(namespaces) as (keyof Namespaces)[];
