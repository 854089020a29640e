import { useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { LOCALES } from "~/i18n/i18n";
import { useLocale } from "./use-locale";

/**
 * A plain HTML form (no client router): it works before hydration and without JavaScript,
 * and the full reload that follows re-renders every string in the new language.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  return (
    <form
      method="post"
      action="/settings/language"
      className="language-switcher"
      aria-label={t("language.switch")}
    >
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {LOCALES.map((candidate) => (
        <button
          key={candidate}
          type="submit"
          name="locale"
          value={candidate}
          lang={candidate}
          aria-pressed={candidate === locale}
          className="language-switcher__option"
        >
          {t(`language.${candidate}`)}
        </button>
      ))}
    </form>
  );
}
