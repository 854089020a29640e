import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { AdminNav } from "./admin-nav";
import { EventSwitcher, type EventChoice } from "./event-switcher";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu, type UserMenuUser } from "./user-menu";

export interface AdminContext {
  events: EventChoice[];
  /** The event in the URL, if any. */
  currentSlug: string | null;
}

/**
 * The one banner of every page. Organisers and staff also get the event switcher and the
 * navigation (`admin` is set only under the admin layout); the language switch is always there,
 * login page included.
 */
export function AppHeader({ user, admin }: { user: UserMenuUser | null; admin: AdminContext | null }) {
  const { t } = useTranslation();
  // Pages outside an event (the outbox…) still link the dashboard of the most recent event.
  const navSlug = admin ? (admin.currentSlug ?? admin.events[0]?.slug ?? null) : null;
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to="/" className="app-header__brand" aria-label={t("header.home")}>
          <span aria-hidden="true" className="app-header__mark" />
          {t("appName")}
        </Link>
        {admin ? <EventSwitcher events={admin.events} currentSlug={admin.currentSlug} /> : null}
        <div className="app-header__tools">
          <LanguageSwitcher />
          {user ? <UserMenu user={user} /> : null}
        </div>
      </div>
      {admin && user ? (
        <div className="app-header__nav">
          <AdminNav role={user.role} eventSlug={navSlug} />
        </div>
      ) : null}
    </header>
  );
}
