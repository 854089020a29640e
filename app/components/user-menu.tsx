import { useTranslation } from "react-i18next";

export interface UserMenuUser {
  name: string;
  email: string;
  role: "organiser" | "staff" | "exhibitor";
}

/** Who is logged in, as what, and the way out. Logout is a POST so a link prefetch cannot log anyone out. */
export function UserMenu({ user }: { user: UserMenuUser }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu" role="group" aria-label={t("header.account")}>
      <p className="user-menu__identity">
        <span className="user-menu__name">{user.name || user.email}</span>
        <span className="user-menu__role">{t(`user.roles.${user.role}`)}</span>
      </p>
      <form method="post" action="/logout">
        <button type="submit" className="button button--quiet">
          {t("user.logout")}
        </button>
      </form>
    </div>
  );
}
