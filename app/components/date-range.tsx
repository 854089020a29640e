import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { useLocale } from "./use-locale";

/** An event's calendar days (ISO `YYYY-MM-DD`), written the way each language writes them. */
export function DateRange({ start, end }: { start: string; end: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text =
    start === end
      ? t("dates.single", { date: formatDate(locale, start) })
      : t("dates.range", { start: formatDate(locale, start), end: formatDate(locale, end) });
  return (
    <time dateTime={start} className="date-range">
      {text}
    </time>
  );
}
