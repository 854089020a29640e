import { useTranslation } from "react-i18next";
import type { ChecklistStatus } from "~/models/logistics-status";

/** A form's status as a coloured pill, always with its words (never colour alone). */
export function LogisticsStatusBadge({ status }: { status: ChecklistStatus }) {
  const { t } = useTranslation("logistics");
  return <span className={`logistics-status logistics-status--${status}`}>{t(`status.${status}`)}</span>;
}
