import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "../../../db/schema/applications";

/** The status as a coloured pill; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation("common");
  return (
    <span className={`status-badge status-badge--${status} review-status`}>
      {t(`applicationStatus.${status}`)}
    </span>
  );
}
