import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { useLocale } from "~/components/use-locale";
import type { HistoryEntry } from "~/models/portal-application.server";

/** The application's life, oldest first: created, status changes, the exhibitor's own edits. */
export function ApplicationHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation(["portal", "apply", "common"]);
  const locale = useLocale();
  const describe = (entry: HistoryEntry) => {
    switch (entry.kind) {
      case "created":
        return t("application.historyCreated");
      case "status":
        return t("application.historyStatus", { status: t(`common:applicationStatus.${entry.status}`) });
      case "updated":
        return t("application.historyUpdated", { step: t(`apply:steps.${entry.step}`) });
    }
  };
  return (
    <ol className="history">
      {entries.map((entry, index) => (
        <li key={index} className="history__entry">
          <time dateTime={entry.at} className="history__time">
            {formatDateTime(locale, new Date(entry.at))}
          </time>
          <span>{describe(entry)}</span>
        </li>
      ))}
    </ol>
  );
}
