import { useTranslation } from "react-i18next";

/** First focusable element of every page: keyboard users jump past the header (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main-content" className="skip-link">
      {t("skipToContent")}
    </a>
  );
}
