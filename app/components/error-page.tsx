import { Link } from "react-router";
import { useTranslation } from "react-i18next";

const KNOWN = { 400: "badRequest", 403: "forbidden", 404: "notFound" } as const;

function messageKeyFor(status: number) {
  return status in KNOWN ? KNOWN[status as keyof typeof KNOWN] : "server";
}

/**
 * The page behind every error. `details` (message and stack) is passed only in development:
 * in production a stack trace would tell an attacker about our internals and help nobody else.
 */
export function ErrorPage({ status, details }: { status: number; details?: string }) {
  const { t } = useTranslation(["errors", "common"]);
  const key = messageKeyFor(status);
  const title = t(`${key}.title`);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <title>{`${title} · ${t("common:appName")}`}</title>
      <p className="error-page__status">{t("status", { status: String(status) })}</p>
      <h1 id="error-title">{title}</h1>
      <p className="error-page__body">{t(`${key}.body`)}</p>
      <p>
        <Link to="/" className="button">
          {t("backHome")}
        </Link>
      </p>
      {details ? (
        <details className="error-page__details">
          <summary>{t("details")}</summary>
          <pre>{details}</pre>
        </details>
      ) : null}
    </section>
  );
}
