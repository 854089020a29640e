import { NavLink } from "react-router";
import { useTranslation } from "react-i18next";
import { listVisibleNavItems } from "./admin-nav-items";

export function AdminNav({ role, eventSlug }: { role: string; eventSlug: string | null }) {
  const { t } = useTranslation("admin");
  const items = listVisibleNavItems(role, eventSlug);
  if (items.length === 0) return null;
  return (
    <nav className="admin-nav" aria-label={t("nav.label")}>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <NavLink to={item.to} end={item.end} className="admin-nav__link">
              {t(`nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
