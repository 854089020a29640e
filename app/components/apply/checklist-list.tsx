import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChecklistItem } from "~/models/application-form-checklist";
import type { ApplyStep } from "~/models/application-form-options";

/** Missing items as links to the step that fixes each one. */
export function ChecklistList({
  items,
  hrefFor,
}: {
  items: ChecklistItem[];
  hrefFor: (step: ApplyStep) => string | null;
}) {
  const { t } = useTranslation("apply");
  return (
    <ul className="checklist">
      {items.map((item) => {
        const label = t(`checklist.${item.code}`);
        const href = hrefFor(item.step);
        return (
          <li
            key={item.code}
            className={item.blocking ? "checklist__item checklist__item--blocking" : "checklist__item"}
          >
            {href ? (
              <Link to={href} aria-label={t("checklist.fix", { item: label })}>
                {label}
              </Link>
            ) : (
              label
            )}
          </li>
        );
      })}
    </ul>
  );
}
