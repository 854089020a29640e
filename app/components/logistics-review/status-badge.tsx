import { useTranslation } from "react-i18next";
import type { ChecklistStatus } from "~/models/logistics-status";

/** A symbol per status, so the badge never relies on colour alone (WCAG 1.4.1). */
const ICONS: Record<ChecklistStatus, string> = {
  todo: "○",
  draft: "✎",
  submitted: "→",
  approved: "✓",
  rejected: "✕",
  late: "!",
};

export function LogisticsStatusBadge({ status }: { status: ChecklistStatus }) {
  const { t } = useTranslation("logisticsReview");
  return (
    <span className={`lr-badge lr-badge--${status}`}>
      <span className="lr-badge__icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
