import { data, Form, Link, redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { FormAlert, FormField, useFocusOnErrors } from "~/components/form/form-field";
import { ApplicationsClosed } from "~/components/apply/applications-closed";
import { formatDate } from "~/i18n/format";
import { useLocale } from "~/components/use-locale";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import { getBrowserApplication } from "~/models/application-form.server";
import { clearDraftCookie } from "~/models/application-draft-cookie.server";
import { firstOpenStep } from "~/models/application-form-checklist";
import { LIMITS, TEXT_BODY_MAX_BYTES } from "~/models/application-form-options";
import { getClientAddress } from "~/models/rate-limit.server";
import { resumeLinkThrottles, takeThrottles } from "~/models/throttle.server";
import { lostLinkSchema, type StepErrors } from "~/models/application-form-schemas";
import { collectFormValues, parseStepValues } from "~/models/application-form-parse";
import { readCappedFormData } from "~/models/application-form-request.server";
import { requestResumeLink } from "~/models/application-form-resume.server";
import { applicationWindowInfo } from "~/models/application-window";
import type { Route } from "./+types/index";

export async function loader({ request, params }: Route.LoaderArgs) {
  const event = requireEvent(params.slug);
  const answers = await getBrowserApplication(request, event.id);
  return {
    window: applicationWindowInfo(event),
    draft: answers
      ? { submitted: answers.application.status !== "draft", nextStep: firstOpenStep(answers) }
      : null,
  };
}

/** "Lost your link?" (a fresh link by e-mail, same answer whether or not it exists) and "start over". */
export async function action({ request, params }: Route.ActionArgs) {
  const event = requireEvent(params.slug);
  const read = await readCappedFormData(request, TEXT_BODY_MAX_BYTES);
  const values = read.ok ? collectFormValues(read.form) : {};
  if (values.intent === "restart")
    throw redirect(`/apply/${event.slug}`, { headers: { "Set-Cookie": await clearDraftCookie() } });
  if (applicationWindowInfo(event).state !== "open")
    throw new Response("Applications are closed", { status: 403 });
  const parsed = parseStepValues(lostLinkSchema, values);
  if (!parsed.ok) {
    const email = typeof values.email === "string" ? values.email.slice(0, LIMITS.email) : "";
    return data({ sent: false, errors: parsed.errors, email }, { status: 400 });
  }
  // Over the limit, the answer is the same as usual (nothing is said about the address) but no e-mail goes.
  const throttled = !takeThrottles(resumeLinkThrottles(parsed.data.email, getClientAddress(request))).ok;
  if (throttled) return { sent: true, errors: {} as StepErrors, email: "" };
  // Not awaited: waiting for delivery would make known addresses answer measurably slower.
  requestResumeLink(event, parsed.data.email, publicOrigin(request)).catch((error: unknown) =>
    console.warn(`Resume link e-mail failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  return { sent: true, errors: {} as StepErrors, email: "" };
}

export default function ApplyIntro({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation(["apply", "applyForm", "common"]);
  const locale = useLocale();
  const { window, draft } = loaderData;
  if (window.state !== "open") return <ApplicationsClosed window={window} />;
  const start = window.opensAt ? formatDate(locale, new Date(window.opensAt)) : "";
  const end = window.closesAt ? formatDate(locale, new Date(window.closesAt)) : null;
  return (
    <section className="apply-card" aria-labelledby="apply-title">
      <title>{`${t("intro.title")} · ${t("common:appName")}`}</title>
      <h1 id="apply-title" className="page__title">
        {t("intro.title")}
      </h1>
      <p>{t("intro.body")}</p>
      <p className="apply-card__muted">
        {end ? t("intro.window", { start, end }) : t("intro.windowOpenEnded", { start })}
      </p>
      <h2 className="apply-card__subtitle">{t("intro.needsTitle")}</h2>
      <ul>
        {(["siret", "logo", "texts", "technical"] as const).map((need) => (
          <li key={need}>{t(`intro.needs.${need}`)}</li>
        ))}
      </ul>
      {draft?.submitted ? (
        <>
          <p className="form-notice" role="status">
            {t("intro.submittedAlready")}
          </p>
          <p className="apply-card__actions">
            <Link to="/portal" className="button">
              {t("intro.goToPortal")}
            </Link>
          </p>
        </>
      ) : (
        <p className="apply-card__actions">
          <Link to={`/apply/${params.slug}/${draft ? draft.nextStep : "organisation"}`} className="button">
            {draft ? t("intro.continue") : t("intro.start")}
          </Link>
        </p>
      )}
      {draft ? (
        <Form method="post" className="apply-card__actions">
          <button type="submit" name="intent" value="restart" className="button button--quiet">
            {t("intro.startAnother")}
          </button>
        </Form>
      ) : (
        <LostLinkForm result={actionData} />
      )}
    </section>
  );
}

function LostLinkForm({
  result,
}: {
  result: { sent: boolean; errors: StepErrors; email: string } | undefined;
}) {
  const { t } = useTranslation(["apply", "applyForm"]);
  const formRef = useFocusOnErrors(result?.sent ? null : result);
  const code = result?.errors.email;
  return (
    <section className="apply-card__lost" aria-labelledby="lost-title">
      <h2 id="lost-title" className="apply-card__subtitle">
        {t("lost.title")}
      </h2>
      {result?.sent ? (
        <p className="form-notice" role="status">
          {t("lost.sent")}
        </p>
      ) : (
        <Form method="post" noValidate ref={formRef} className="apply-form apply-form--inline">
          <p className="apply-card__muted">{t("lost.intro")}</p>
          {code ? <FormAlert>{t("applyForm:errors.summary")}</FormAlert> : null}
          <FormField
            name="email"
            type="email"
            label={t("lost.email")}
            autoComplete="email"
            maxLength={LIMITS.email}
            defaultValue={result?.email}
            error={code ? t(`applyForm:errors.${code}`) : undefined}
          />
          <button type="submit" name="intent" value="resend" className="button button--quiet">
            {t("lost.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
