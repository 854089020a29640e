import { common } from "./locales/common";
import { admin } from "./locales/admin";
import { portal } from "./locales/portal";
import { errors } from "./locales/errors";
import { auth } from "./locales/auth";
import { email } from "./locales/email";
import { editor } from "./locales/editor";
import { apply } from "./locales/apply";
import { applyForm } from "./locales/apply-form";
import { review } from "./locales/review";
import { logisticsReview } from "./locales/logisticsReview";
import { logistics } from "./locales/logistics";
import { exportsMessages } from "./locales/exports";
import { allocation } from "./locales/allocation";

/**
 * Every namespace of the UI. A feature adds its own module in ./locales and one line here.
 * Loaded eagerly: the whole set is a few tens of kB, and scripts (seed, reminders) use it too.
 */
const namespaces = {
  common,
  admin,
  portal,
  errors,
  auth,
  email,
  editor,
  apply,
  applyForm,
  review,
  logisticsReview,
  logistics,
  exports: exportsMessages,
  allocation,
} as const;

type Namespaces = typeof namespaces;
export type Resources = { [N in keyof Namespaces]: Namespaces[N]["fr"] };

function pick(locale: "fr" | "en") {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[locale]])) as Resources;
}

export const resources = { fr: pick("fr"), en: pick("en") };
export const namespaceNames = Object.keys(namespaces) as (keyof Namespaces)[];
