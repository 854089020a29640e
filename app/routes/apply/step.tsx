import { data, Form, Link, redirect, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import { FormAlert, useFocusOnErrors } from "~/components/form/form-field";
import { ApplicationsClosed } from "~/components/apply/applications-closed";
import { StepFields } from "~/components/apply/step-fields";
import { ChecklistList } from "~/components/apply/checklist-list";
import type { ChecklistItem } from "~/models/application-form-checklist";
import { getRequestLocale } from "~/i18n/locale.server";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import { getBrowserApplication } from "~/models/application-form.server";
import { commitDraftCookie } from "~/models/application-draft-cookie.server";
import { isApplyStep, nextStep, previousStep } from "~/models/application-form-options";
import { reviewSchema } from "~/models/application-form-schemas";
import { echoFormValues, parseStepValues } from "~/models/application-form-parse";
import { startApplication } from "~/models/application-form-start.server";
import { getClientAddress } from "~/models/rate-limit.server";
import { applicationStartThrottles, takeThrottles } from "~/models/throttle.server";
import { parseStartStep, readStepValues, submitEditableStep } from "~/models/application-form-steps.server";
import { submitApplication } from "~/models/application-form-submit.server";
import { loadStepView } from "~/models/application-form-view.server";
import { applicationWindowInfo } from "~/models/application-window";
import type { Route } from "./+types/step";

/** The event, the step and the applicant's draft, or the reason to go elsewhere (shared by loader and action). */
async function resolveStep(request: Request, params: Route.LoaderArgs["params"]) {
  const event = requireEvent(params.slug);
  if (!isApplyStep(params.step)) throw new Response("Not found", { status: 404 });
  const step = params.step;
  const window = applicationWindowInfo(event);
  const answers = await getBrowserApplication(request, event.id);
  // Submitted: the answers now live in the exhibitor portal.
  if (answers && answers.application.status !== "draft") throw redirect(`/apply/${event.slug}/submitted`);
  if (!answers && step !== "organisation" && window.state === "open")
    throw redirect(`/apply/${event.slug}/organisation`);
  return { event, step, window, answers };
}

const closed = (window: ReturnType<typeof applicationWindowInfo>) =>
  data({ kind: "closed" as const, window }, { status: 403 });

export async function loader({ request, params }: Route.LoaderArgs) {
  const { event, step, window, answers } = await resolveStep(request, params);
  if (window.state !== "open") return closed(window);
  const view = loadStepView(step, event, answers, await getRequestLocale(request));
  const started = new URL(request.url).searchParams.has("started");
  return {
    kind: "step" as const,
    step,
    hasDraft: answers !== null,
    startedEmail: started && answers ? answers.application.contactEmail : null,
    ...view,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { event, step, window, answers } = await resolveStep(request, params);
  if (window.state !== "open") return closed(window);
  const read = await readStepValues(request, step);
  if (!read.ok) return data(read, { status: read.status });
  const { values } = read;
  const [locale, origin] = [await getRequestLocale(request), publicOrigin(request)];

  if (!answers) {
    const parsed = await parseStartStep(values);
    if (!parsed.ok) return data(parsed, { status: parsed.status });
    const throttle = takeThrottles(applicationStartThrottles(event.id, getClientAddress(request)));
    if (!throttle.ok)
      return data(
        {
          ok: false as const,
          status: 429,
          alert: "tooMany" as const,
          errors: {},
          values: echoFormValues(values),
        },
        { status: 429, headers: { "Retry-After": String(throttle.retryAfterS) } },
      );
    const outcome = await startApplication({
      event,
      answers: parsed.answers,
      logo: parsed.logo,
      locale,
      origin,
    });
    if (outcome.kind === "created") {
      const cookie = await commitDraftCookie({ applicationId: outcome.applicationId, eventId: event.id });
      throw redirect(`/apply/${event.slug}/contacts?started=1`, { headers: { "Set-Cookie": cookie } });
    }
    const alert = outcome.kind === "unreachable" ? ("unreachable" as const) : ("duplicate" as const);
    return data(
      { ok: false as const, status: 409, alert, errors: {}, values: echoFormValues(values) },
      { status: 409 },
    );
  }

  if (step === "review") {
    const consent = parseStepValues(reviewSchema, values);
    if (!consent.ok)
      return data(
        { ok: false as const, status: 400, alert: "summary" as const, errors: consent.errors, values: {} },
        { status: 400 },
      );
    const outcome = await submitApplication({ applicationId: answers.application.id, event, locale, origin });
    if (!outcome.ok && outcome.reason === "missing")
      return data(
        {
          ok: false as const,
          status: 400,
          alert: "missing" as const,
          errors: {},
          values: {},
          missing: outcome.missing,
        },
        { status: 400 },
      );
    throw redirect(`/apply/${event.slug}/submitted`);
  }

  const actor = { userId: null, checkDuplicates: true };
  const result = await submitEditableStep(step, values, { event, answers, actor, origin });
  if (!result.ok) return data(result, { status: result.status });
  // The no-JS "Add" button of the wishes saves and comes back to the same step.
  const stay = step === "wishes" && values.intent === "add";
  throw redirect(`/apply/${event.slug}/${stay ? step : nextStep(step)}`);
}

export default function ApplyStepPage({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation(["apply", "applyForm", "common"]);
  const navigation = useNavigation();
  const refusal = actionData && "alert" in actionData ? actionData : null;
  const formRef = useFocusOnErrors(refusal);
  if (loaderData.kind === "closed") return <ApplicationsClosed window={loaderData.window} />;
  if (actionData && "kind" in actionData) return <ApplicationsClosed window={actionData.window} />;
  const view = loaderData;
  const { step } = view;
  const echoed = refusal && Object.keys(refusal.values).length > 0 ? refusal.values : null;
  const back = previousStep(step);
  const title = t(`steps.${step}`);
  const submitting = navigation.state === "submitting";
  return (
    <section className="apply-card" aria-labelledby="step-title">
      <title>{`${title} · ${t("eyebrow")} · ${t("common:appName")}`}</title>
      <h1 id="step-title" className="page__title">
        {title}
      </h1>
      {view.startedEmail && !refusal ? (
        <p className="form-notice" role="status">
          {t("form.started", { email: view.startedEmail })}
        </p>
      ) : null}
      <Form
        method="post"
        encType={step === "organisation" ? "multipart/form-data" : undefined}
        noValidate
        ref={formRef}
        className="apply-form"
      >
        {refusal ? <RefusalAlert refusal={refusal} slug={params.slug} /> : null}
        <StepFields
          step={step}
          slug={params.slug}
          view={view}
          values={echoed ?? view.values}
          errors={refusal?.errors ?? {}}
          withContact={!view.hasDraft}
          resubmitted={refusal !== null}
        />
        <div className="apply-form__actions">
          <button type="submit" className="button" disabled={submitting}>
            {step === "review" ? (submitting ? t("form.submitting") : t("form.submit")) : t("form.next")}
          </button>
          {back && view.hasDraft ? <Link to={`/apply/${params.slug}/${back}`}>{t("form.back")}</Link> : null}
        </div>
      </Form>
    </section>
  );
}

type Refusal = {
  alert: "summary" | "duplicate" | "unreachable" | "tooLarge" | "missing" | "tooMany";
  missing?: ChecklistItem[];
};

function RefusalAlert({ refusal, slug }: { refusal: Refusal; slug: string }) {
  const { t } = useTranslation(["apply", "applyForm"]);
  switch (refusal.alert) {
    case "duplicate":
      return (
        <FormAlert>
          <strong>{t("duplicate.title")}</strong> {t("duplicate.body")}
        </FormAlert>
      );
    case "unreachable":
      return <FormAlert>{t("duplicate.unreachable")}</FormAlert>;
    case "tooLarge":
      return <FormAlert>{t("form.tooLarge")}</FormAlert>;
    case "tooMany":
      return <FormAlert>{t("form.tooMany")}</FormAlert>;
    case "missing":
      return (
        <FormAlert>
          {t("review.missingTitle")}
          <ChecklistList
            items={refusal.missing ?? []}
            hrefFor={(step) => (step === "review" ? null : `/apply/${slug}/${step}`)}
          />
        </FormAlert>
      );
    default:
      return <FormAlert>{t("applyForm:errors.summary")}</FormAlert>;
  }
}
