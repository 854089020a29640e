import { redirect } from "react-router";
import { z } from "zod";
import { LOCALES, getT } from "~/i18n/i18n";
import { resolveLocale, serializeLocaleCookie } from "~/i18n/locale.server";
import { getOptionalUser, safeRedirectPath } from "~/models/auth.server";
import { setUserLocale } from "~/models/user.server";
import type { Route } from "./+types/language";

const LanguageForm = z.object({
  locale: z.enum(LOCALES),
  redirectTo: z.string().optional(),
});

export async function action({ request }: Route.ActionArgs) {
  const user = await getOptionalUser(request);
  const parsed = LanguageForm.safeParse(Object.fromEntries(await request.formData()));
  // Same-site paths only: an open redirect would let a crafted link bounce people to a phishing page.
  const redirectTo = parsed.success ? safeRedirectPath(parsed.data.redirectTo || "/") : null;
  if (!parsed.success || redirectTo === null) {
    const t = getT(resolveLocale(request, user));
    return new Response(t("errors:badRequest.title"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { locale } = parsed.data;
  if (user) await setUserLocale(user.id, locale);
  return redirect(redirectTo, { headers: { "Set-Cookie": serializeLocaleCookie(locale, request) } });
}

/** The switch is a POST form; someone reloading the URL just lands home. */
export function loader() {
  return redirect("/");
}
