import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { TokenFailure } from "~/models/auth-token.server";

/** What a reset or invitation link shows when it cannot be used: why, and the way forward. */
export function LinkProblem({ reason }: { reason: TokenFailure }) {
  const { t } = useTranslation(["auth", "common"]);
  return (
    <section className="auth-card" aria-labelledby="link-problem-title">
      <title>{`${t(`link.${reason}Title`)} · ${t("common:appName")}`}</title>
      <h1 id="link-problem-title" className="page__title">
        {t(`link.${reason}Title`)}
      </h1>
      <p>{t(`link.${reason}Body`)}</p>
      <p className="auth-card__actions">
        <Link to="/forgot-password" className="button">
          {t("link.requestNew")}
        </Link>
        <Link to="/login">{t("link.goToLogin")}</Link>
      </p>
    </section>
  );
}
