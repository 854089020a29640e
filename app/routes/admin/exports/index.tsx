import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { z } from "zod";
import { EmptyState } from "~/components/empty-state";
import exportsStyles from "~/components/exports/exports.css?url";
import { SetupSheetForm } from "~/components/exports/setup-sheet-form";
import { resolveLocale } from "~/i18n/locale.server";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { tableKinds as listKinds } from "~/exports/table-kinds";
import { exportsOverview } from "~/models/exports.server";
import type { Route } from "./+types/index";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: exportsStyles }];

const pageQuery = z.object({
  lang: z.enum(["fr", "en"]).optional().catch(undefined),
  stands: z.string().max(10_000).optional().catch(undefined),
});

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const query = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    event: { slug: event.slug, name: event.name, planVersion: event.planVersion },
    lang: query.lang ?? resolveLocale(request, user),
    preselected: query.stands ?? "",
    ...exportsOverview(event.id),
  };
}

export default function ExportsPage({ loaderData }: Route.ComponentProps) {
  const { event, lang, halls, standCount, preselected } = loaderData;
  const { t } = useTranslation(["exports", "admin", "common"]);
  const base = `/admin/events/${event.slug}/exports`;
  const q = `lang=${lang}`;
  return (
    <>
      <title>{`${t("title")} · ${event.name} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">{event.name}</p>
        <h1 className="page__title">{t("title")}</h1>
        <p className="page__meta">{t("intro", { version: String(event.planVersion) })}</p>
      </div>
      {standCount === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
          <Link to={`/admin/events/${event.slug}/plan`}>{t("openPlan")}</Link>
        </EmptyState>
      ) : (
        <>
          <nav className="exports-lang" aria-label={t("language")}>
            <span>{t("languagePrompt")}</span>
            {(["fr", "en"] as const).map((l) => (
              <Link
                key={l}
                to={`?lang=${l}${preselected ? `&stands=${encodeURIComponent(preselected)}` : ""}`}
                className="button button--quiet"
                aria-current={l === lang ? "true" : undefined}
                lang={l}
                replace
              >
                {t(`languages.${l}`)}
              </Link>
            ))}
          </nav>
          <div className="exports-grid">
            <section className="card" aria-labelledby="exports-sheets">
              <h2 id="exports-sheets" className="card__title">
                {t("sheets.title")}
              </h2>
              <p>{t("sheets.body")}</p>
              <SetupSheetForm
                key={lang}
                action={`${base}/setup-sheets.pdf`}
                lang={lang}
                halls={halls}
                standCount={standCount}
                preselected={preselected}
              />
            </section>
            <section className="card" aria-labelledby="exports-lists">
              <h2 id="exports-lists" className="card__title">
                {t("lists.title")}
              </h2>
              <p>{t("lists.body")}</p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("lists.name")}</th>
                    <th scope="col">{t("lists.formats")}</th>
                  </tr>
                </thead>
                <tbody>
                  {listKinds.map((kind) => (
                    <tr key={kind}>
                      <th scope="row">{t(`lists.names.${kind}`)}</th>
                      <td>
                        <ul className="exports-links">
                          <li>
                            <a
                              href={`${base}/lists/${kind}/csv?${q}`}
                              download
                              aria-label={t("lists.csvOf", { name: t(`lists.names.${kind}`) })}
                            >
                              CSV
                            </a>
                          </li>
                          <li>
                            <a
                              href={`${base}/lists/${kind}/xlsx?${q}`}
                              download
                              aria-label={t("lists.xlsxOf", { name: t(`lists.names.${kind}`) })}
                            >
                              Excel
                            </a>
                          </li>
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                <a className="button button--quiet" href={`${base}/lists/all/xlsx?${q}`} download>
                  {t("lists.workbook")}
                </a>
              </p>
            </section>
            <section className="card" aria-labelledby="exports-plan">
              <h2 id="exports-plan" className="card__title">
                {t("plan.title")}
              </h2>
              <p>{t("plan.body")}</p>
              <ul className="exports-links">
                <li>
                  <a className="button button--quiet" href={`${base}/plan.pdf?paper=a3&${q}`} download>
                    {t("plan.pdfA3")}
                  </a>
                </li>
                <li>
                  <a className="button button--quiet" href={`${base}/plan.pdf?paper=a1&${q}`} download>
                    {t("plan.pdfA1")}
                  </a>
                </li>
                {halls.map((hall) => (
                  <li key={hall.id}>
                    <a
                      className="button button--quiet"
                      href={`${base}/plan.svg?hall=${encodeURIComponent(hall.id)}&${q}`}
                      download
                    >
                      {t("plan.svg", { hall: hall.name })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
            <section className="card" aria-labelledby="exports-safety">
              <h2 id="exports-safety" className="card__title">
                {t("safety.title")}
              </h2>
              <p>{t("safety.body")}</p>
              <a className="button" href={`${base}/safety-file.pdf?${q}`} download>
                {t("safety.download")}
              </a>
            </section>
          </div>
        </>
      )}
    </>
  );
}
