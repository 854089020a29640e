import { getOptionalUser } from "~/models/auth.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n";

/** A plain `lang=fr|en` cookie: readable in dev tools and by any future reverse proxy rule. */
export const LOCALE_COOKIE = "lang";
const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/** The `lang` cookie of a request, or null when it is absent or not a locale we ship. */
export function readLocaleCookie(request: Request): Locale | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1 || part.slice(0, separator).trim() !== LOCALE_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    return isLocale(value) ? value : null;
  }
  return null;
}

export function serializeLocaleCookie(locale: Locale, request: Request): string {
  // `Secure` only over https: the demo and the e2e suite are served over plain http on localhost.
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_IN_SECONDS}; SameSite=Lax; HttpOnly${secure}`;
}

/** The logged-in user's choice wins (it follows them across devices), then the cookie, then French. */
export function resolveLocale(request: Request, user: { locale: Locale } | null): Locale {
  return user?.locale ?? readLocaleCookie(request) ?? DEFAULT_LOCALE;
}

/** For loaders and actions that do not otherwise need the user. */
export async function getRequestLocale(request: Request): Promise<Locale> {
  return resolveLocale(request, await getOptionalUser(request));
}
