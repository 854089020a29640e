import { data, Form, Link, redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AnswersSummaryView } from "~/components/apply/answers-summary";
import { ChecklistList } from "~/components/apply/checklist-list";
import { StepFields } from "~/components/apply/step-fields";
import { FormAlert, useFocusOnErrors } from "~/components/form/form-field";
import { ApplicationHistory } from "~/components/portal/application-history";
import { StandMiniMap } from "~/components/portal/stand-mini-map";
import { AcceptanceResponse } from "~/components/portal/acceptance-response";
import { useLocale } from "~/components/use-locale";
import { formatDate } from "~/i18n/format";
import { getRequestLocale } from "~/i18n/locale.server";
import { requireOrganisation, requireRole } from "~/models/auth.server";
import { publicOrigin } from "~/models/email.server";
import { TEXT_BODY_MAX_BYTES } from "~/models/application-form-options";
import { readCappedFormData } from "~/models/application-form-request.server";
import { respondToAcceptance } from "~/models/portal-response.server";
import { isEditableStep, type EditableStep } from "~/models/application-form-options";
import { readStepValues, submitEditableStep } from "~/models/application-form-steps.server";
import { loadStepView } from "~/models/application-form-view.server";
import {
  editPermission,
  getApplicationWithEvent,
  loadPortalApplicationView,
} from "~/models/portal-application.server";
import authStyles from "../auth/auth.css?url";
import applyStyles from "~/components/apply/apply.css?url";
import portalStyles from "~/components/portal/portal-application.css?url";
import type { Route } from "./+types/application";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: applyStyles },
  { rel: "stylesheet", href: portalStyles },
];

/**
 * The application named in the URL, only if it is the exhibitor's own: the organisation is checked
 * against the session (404 for an unknown id, 403 for another organisation's).
 */
async function requireOwnApplication(request: Request, id: string) {
  const user = await requireRole(request, "exhibitor");
  const found = /^\d{1,12}$/.test(id) ? getApplicationWithEvent(Number(id)) : null;
  if (!found) throw new Response("Application not found", { status: 404 });
  await requireOrganisation(request, found.answers.organisation.id);
  return { user, ...found };
}

const respondedStatus = (value: string | null): "confirmed" | "withdrawn" | null =>
  value === "confirmed" || value === "withdrawn" ? value : null;

const editedStep = (request: Request): EditableStep | null => {
  const step = new URL(request.url).searchParams.get("edit");
  return isEditableStep(step) ? step : null;
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { answers, event } = await requireOwnApplication(request, params.id);
  const locale = await getRequestLocale(request);
  const view = loadPortalApplicationView(answers, event, locale);
  const editing = view.edit.allowed ? editedStep(request) : null;
  const { application, organisation } = answers;
  return {
    application: {
      id: application.id,
      status: application.status,
      submittedAt: application.submittedAt?.toISOString() ?? null,
    },
    organisationName: organisation.name,
    event: {
      name: event.name,
      slug: event.slug,
      editDeadlineAt: event.editDeadlineAt?.toISOString() ?? null,
    },
    view,
    editing,
    stepView: editing ? loadStepView(editing, event, answers, locale) : null,
    saved: isEditableStep(new URL(request.url).searchParams.get("saved")),
    responded: respondedStatus(new URL(request.url).searchParams.get("responded")),
  };
}

/** Confirming participation, or withdrawing (which must be confirmed by ticking a box). */
const responseSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("withdraw"), confirmWithdraw: z.literal("yes") }),
]);

async function respond(request: Request, user: { id: number }, applicationId: number, eventId: number) {
  const read = await readCappedFormData(request, TEXT_BODY_MAX_BYTES);
  const parsed = read.ok ? responseSchema.safeParse(Object.fromEntries(read.form)) : null;
  if (!parsed?.success) return data({ response: "invalid" as const }, { status: 400 });
  const outcome = respondToAcceptance({
    applicationId,
    eventId,
    userId: user.id,
    response: parsed.data.intent,
  });
  if (!outcome.ok) return data({ response: "refused" as const }, { status: 409 });
  throw redirect(`/portal/applications/${applicationId}?responded=${outcome.to}`);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, answers, event } = await requireOwnApplication(request, params.id);
  const step = editedStep(request);
  if (!step) return respond(request, user, answers.application.id, event.id);
  const permission = editPermission(answers.application.status, event);
  if (!permission.allowed) return data({ locked: permission.reason }, { status: 403 });
  const read = await readStepValues(request, step);
  if (!read.ok) return data(read, { status: read.status });
  const actor = { userId: user.id, checkDuplicates: false };
  const result = await submitEditableStep(step, read.values, {
    event,
    answers,
    actor,
    origin: publicOrigin(request),
  });
  if (!result.ok) return data(result, { status: result.status });
  throw redirect(`/portal/applications/${answers.application.id}?saved=${step}`);
}

export default function PortalApplication({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["portal", "apply", "applyForm", "common", "logistics"]);
  const locale = useLocale();
  const { application, event, view, editing, stepView } = loaderData;
  const refusal = actionData && "alert" in actionData ? actionData : null;
  const formRef = useFocusOnErrors(refusal);
  const locked =
    actionData && "locked" in actionData ? actionData.locked : view.edit.allowed ? null : view.edit.reason;
  const base = `/portal/applications/${application.id}`;
  const status = t(`common:applicationStatus.${application.status}`);
  return (
    <>
      <title>{`${event.name} · ${t("title")} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">
          <Link to="/portal">{t("application.back")}</Link>
        </p>
        <h1 className="page__title">{event.name}</h1>
        <p className="page__meta">{loaderData.organisationName}</p>
        <div className="portal-application-page__status">
          <p className={`status-badge status-badge--${application.status}`}>{t("statusLine", { status })}</p>
        </div>
        {application.submittedAt ? (
          <p className="page__meta">
            {t("application.submittedOn", { date: formatDate(locale, new Date(application.submittedAt)) })}
          </p>
        ) : null}
        {event.editDeadlineAt && !locked ? (
          <p className="page__meta">
            {t("application.deadline", { date: formatDate(locale, new Date(event.editDeadlineAt)) })}
          </p>
        ) : null}
      </div>
      {loaderData.responded ? (
        <p className="form-notice" role="status">
          {t(`response.done.${loaderData.responded}`)}
        </p>
      ) : null}
      {actionData && "response" in actionData ? (
        <FormAlert>{t(`response.errors.${actionData.response}`)}</FormAlert>
      ) : null}
      {application.status === "accepted" ? <AcceptanceResponse action={base} /> : null}
      {loaderData.saved ? (
        <p className="form-notice" role="status">
          {t("application.saved")}
        </p>
      ) : null}
      {locked ? (
        <p className="form-notice">
          {t(locked === "deadline" ? "application.lockedDeadline" : "application.lockedStatus")}
        </p>
      ) : null}
      <div className="portal-application-page">
        <section aria-labelledby="answers-title" className="portal-application-page__main">
          {editing && stepView && !locked ? (
            <>
              <h2 id="answers-title" className="section-title">
                {t("application.editTitle", { step: t(`apply:steps.${editing}`) })}
              </h2>
              <Form
                method="post"
                action={`${base}?edit=${editing}`}
                encType={editing === "organisation" ? "multipart/form-data" : undefined}
                noValidate
                ref={formRef}
                className="apply-form"
              >
                {refusal ? (
                  <FormAlert>
                    {refusal.alert === "tooLarge" ? t("apply:form.tooLarge") : t("applyForm:errors.summary")}
                  </FormAlert>
                ) : null}
                <StepFields
                  step={editing}
                  slug={event.slug}
                  view={stepView}
                  values={
                    refusal && Object.keys(refusal.values).length > 0 ? refusal.values : stepView.values
                  }
                  errors={refusal?.errors ?? {}}
                  withContact={false}
                  resubmitted={refusal !== null}
                />
                <div className="apply-form__actions">
                  <button type="submit" className="button">
                    {t("apply:form.save")}
                  </button>
                  <Link to={base}>{t("apply:form.cancel")}</Link>
                </div>
              </Form>
            </>
          ) : (
            <>
              <h2 id="answers-title" className="section-title">
                {t("application.answers")}
              </h2>
              <AnswersSummaryView
                summary={view.summary}
                headingLevel={3}
                editHref={(step) => (locked ? null : `${base}?edit=${step}`)}
              />
            </>
          )}
        </section>
        <aside className="portal-application-page__side">
          {application.status === "accepted" || application.status === "confirmed" ? (
            <section aria-labelledby="logistics-title" className="card">
              <h2 id="logistics-title" className="card__title">
                {t("logistics:title")}
              </h2>
              <p>
                <Link to={`${base}/logistics`}>{t("logistics:openLink")}</Link>
              </p>
              <p className="card__note">{t("logistics:openLinkHint")}</p>
            </section>
          ) : null}
          <section aria-labelledby="checklist-title" className="card">
            <h2 id="checklist-title" className="card__title">
              {t("application.checklist")}
            </h2>
            {view.checklist.length === 0 ? (
              <p className="card__note">{t("application.checklistDone")}</p>
            ) : (
              <ChecklistList
                items={view.checklist}
                hrefFor={(step) => (locked || step === "review" ? null : `${base}?edit=${step}`)}
              />
            )}
          </section>
          {view.miniMaps && view.miniMaps.length > 0 ? (
            <section aria-labelledby="plan-title" className="card">
              <h2 id="plan-title" className="card__title">
                {t("application.plan")}
              </h2>
              {view.miniMaps.map((map) => (
                <StandMiniMap key={map.hallId} map={map} />
              ))}
            </section>
          ) : null}
          <section aria-labelledby="history-title" className="card">
            <h2 id="history-title" className="card__title">
              {t("application.history")}
            </h2>
            {view.history.length === 0 ? (
              <p className="card__note">{t("application.historyEmpty")}</p>
            ) : (
              <ApplicationHistory entries={view.history} />
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
