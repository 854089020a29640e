import { useTranslation } from "react-i18next";
import type { HistoryEntry } from "~/models/application-detail.server";
import { formatDateTime } from "~/i18n/format";
import { useLocale } from "../use-locale";

/** The application's audit trail: when, who, and the status before → after. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation(["review", "common"]);
  const locale = useLocale();
  const status = (value: HistoryEntry["toStatus"]) => (value ? t(`common:applicationStatus.${value}`) : "");
  return (
    <section className="review-section" aria-labelledby="review-history-title">
      <h2 id="review-history-title" className="section-title">
        {t("history.title")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <ol className="review-history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at.toISOString()}>{formatDateTime(locale, entry.at)}</time>{" "}
              <strong>
                {entry.toStatus
                  ? entry.fromStatus
                    ? t("history.status", { from: status(entry.fromStatus), to: status(entry.toStatus) })
                    : t("history.created", { to: status(entry.toStatus) })
                  : entry.action}
              </strong>{" "}
              {t("history.by", { who: entry.userName ?? t("history.system") })}
              {entry.message ? (
                <p className="review-pre">{t("history.message", { message: entry.message })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
