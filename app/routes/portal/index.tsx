import { useTranslation } from "react-i18next";
import { EmptyState } from "~/components/empty-state";
import { PortalApplicationCard } from "~/components/portal/portal-application-card";
import { requireRole } from "~/models/auth.server";
import { getExhibitorPortal } from "~/models/portal.server";
import type { Route } from "./+types/index";

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireRole(request, "exhibitor");
  // The organisation comes from the session only: nothing in the request can widen the scope.
  const portal = user.organisationId === null ? null : getExhibitorPortal(user.organisationId);
  if (!portal) throw new Response("Organisation not found", { status: 403 });
  return { portal };
}

export default function PortalHome({ loaderData }: Route.ComponentProps) {
  const { portal } = loaderData;
  const { t } = useTranslation(["portal", "common"]);
  return (
    <>
      <title>{`${t("title")} · ${portal.organisation.name} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">{t("title")}</p>
        <h1 className="page__title">{portal.organisation.name}</h1>
      </div>
      <section aria-labelledby="portal-applications">
        <h2 id="portal-applications" className="section-title">
          {t("applications")}
        </h2>
        {portal.applications.length === 0 ? (
          <EmptyState title={t("emptyTitle")} headingLevel={3}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <ul className="card-list">
            {portal.applications.map((application) => (
              <li key={application.id}>
                <PortalApplicationCard application={application} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
