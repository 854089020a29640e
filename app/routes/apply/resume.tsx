import { data, Form, Link, redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { ApplicationsClosed } from "~/components/apply/applications-closed";
import type { TokenFailure } from "~/models/auth-token.server";
import { requireEvent } from "~/models/event.server";
import { getApplicationAnswers } from "~/models/application-form.server";
import { commitDraftCookie } from "~/models/application-draft-cookie.server";
import { firstOpenStep } from "~/models/application-form-checklist";
import { inspectResumeLink, spendResumeLink } from "~/models/application-form-resume.server";
import { applicationWindowInfo } from "~/models/application-window";
import type { Route } from "./+types/resume";

// The token is in the URL: keep it out of the Referer sent to any other site.
const NO_REFERRER = { "Referrer-Policy": "no-referrer" };
export const headers: Route.HeadersFunction = () => NO_REFERRER;

function linkProblem(reason: TokenFailure) {
  return data(
    { kind: "problem" as const, reason },
    { status: reason === "invalid" ? 404 : 410, headers: NO_REFERRER },
  );
}

/** Shows what the link opens without spending it: mail scanners fetch links, only the button uses it. */
export function loader({ params }: Route.LoaderArgs) {
  const event = requireEvent(params.slug);
  const window = applicationWindowInfo(event);
  if (window.state !== "open") return data({ kind: "closed" as const, window }, { status: 403 });
  const check = inspectResumeLink(event.id, params.token);
  if (!check.ok) return linkProblem(check.reason);
  return { kind: "ready" as const, eventName: event.name };
}

export async function action({ params }: Route.ActionArgs) {
  const event = requireEvent(params.slug);
  const window = applicationWindowInfo(event);
  if (window.state !== "open") return data({ kind: "closed" as const, window }, { status: 403 });
  const check = spendResumeLink(event.id, params.token);
  if (!check.ok) return linkProblem(check.reason);
  const answers = getApplicationAnswers(check.applicationId);
  const cookie = await commitDraftCookie({ applicationId: check.applicationId, eventId: event.id });
  // A submitted application is followed from the portal: the intro page says so.
  const to =
    answers?.application.status === "draft"
      ? `/apply/${event.slug}/${firstOpenStep(answers)}`
      : `/apply/${event.slug}`;
  throw redirect(to, { headers: { "Set-Cookie": cookie, ...NO_REFERRER } });
}

export default function ApplyResume({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation(["apply", "common"]);
  const state = actionData ?? loaderData;
  if (state.kind === "closed") return <ApplicationsClosed window={state.window} />;
  if (state.kind === "problem") {
    const title = t(`resume.${state.reason}Title`);
    return (
      <section className="apply-card" aria-labelledby="resume-title">
        <title>{`${title} · ${t("common:appName")}`}</title>
        <h1 id="resume-title" className="page__title">
          {title}
        </h1>
        <p>{t(`resume.${state.reason}Body`)}</p>
        <p className="apply-card__actions">
          <Link to={`/apply/${params.slug}`} className="button">
            {t("resume.requestNew")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="apply-card" aria-labelledby="resume-title">
      <title>{`${t("resume.title")} · ${t("common:appName")}`}</title>
      <h1 id="resume-title" className="page__title">
        {t("resume.title")}
      </h1>
      <p>{t("resume.body", { event: loaderData.kind === "ready" ? loaderData.eventName : "" })}</p>
      <Form method="post" className="apply-card__actions">
        <button type="submit" className="button">
          {t("resume.submit")}
        </button>
      </Form>
    </section>
  );
}
