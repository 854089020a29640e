import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { applicationStatuses, type ApplicationStatus } from "../../../db/schema/applications";
import { withApplicationQuery, type ApplicationQuery } from "~/models/application-query";
import { formatNumber } from "~/i18n/format";
import { useLocale } from "../use-locale";

/**
 * One link per status with its count under the other filters. A chip shows that status alone;
 * several can be active at once when the list came from a funnel stage of the dashboard.
 */
export function StatusChips({
  query,
  counts,
}: {
  query: ApplicationQuery;
  counts: Record<ApplicationStatus, number>;
}) {
  const { t } = useTranslation(["review", "common"]);
  const locale = useLocale();
  const total = applicationStatuses.reduce((sum, status) => sum + counts[status], 0);
  const chip = (key: string, label: string, count: number, active: boolean, status: ApplicationStatus[]) => (
    <li key={key}>
      <Link
        to={withApplicationQuery(query, { status })}
        className={active ? "review-chip review-chip--active" : "review-chip"}
        aria-current={active ? "true" : undefined}
      >
        {t("chips.count", { label, value: formatNumber(locale, count) })}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("chips.label")}>
      <ul className="review-chips">
        {chip("all", t("chips.all"), total, query.status.length === 0, [])}
        {applicationStatuses.map((status) =>
          chip(
            status,
            t(`common:applicationStatus.${status}`),
            counts[status],
            query.status.includes(status),
            [status],
          ),
        )}
      </ul>
    </nav>
  );
}
