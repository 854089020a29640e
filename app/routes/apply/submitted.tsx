import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { requireEvent } from "~/models/event.server";
import { getBrowserApplication } from "~/models/application-form.server";
import type { Route } from "./+types/submitted";

export async function loader({ request, params }: Route.LoaderArgs) {
  const event = requireEvent(params.slug);
  const answers = await getBrowserApplication(request, event.id);
  const submitted = answers && answers.application.status !== "draft" ? answers.application : null;
  // Only the browser that submitted sees which address was used; anyone else gets the generic thanks.
  return { eventName: event.name, email: submitted?.contactEmail ?? null };
}

export default function ApplySubmitted({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["apply", "common"]);
  const { eventName, email } = loaderData;
  return (
    <section className="apply-card" aria-labelledby="submitted-title">
      <title>{`${t("submitted.title")} · ${t("common:appName")}`}</title>
      <h1 id="submitted-title" className="page__title">
        {t("submitted.title")}
      </h1>
      <p role="status">{email ? t("submitted.body", { event: eventName, email }) : t("submitted.generic")}</p>
      {email ? <p>{t("submitted.account")}</p> : null}
      <p className="apply-card__actions">
        <Link to="/login" className="button button--quiet">
          {t("intro.goToPortal")}
        </Link>
      </p>
    </section>
  );
}
