import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { useLocale } from "~/components/use-locale";
import type { ApplicationWindowInfo } from "~/models/application-window";

/** The page shown instead of the form outside the event's application window. */
export function ApplicationsClosed({ window }: { window: ApplicationWindowInfo }) {
  const { t } = useTranslation(["apply", "common"]);
  const locale = useLocale();
  const message =
    window.state === "notYet" && window.opensAt
      ? t("closed.notYet", { date: formatDate(locale, new Date(window.opensAt)) })
      : window.state === "ended" && window.closesAt
        ? t("closed.ended", { date: formatDate(locale, new Date(window.closesAt)) })
        : t("closed.none");
  return (
    <section className="apply-card" aria-labelledby="closed-title">
      <title>{`${t("closed.title")} · ${t("common:appName")}`}</title>
      <h1 id="closed-title" className="page__title">
        {t("closed.title")}
      </h1>
      <p>{message}</p>
      <p className="apply-card__muted">{t("closed.contact")}</p>
    </section>
  );
}
