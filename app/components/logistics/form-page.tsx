import { Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { FormAlert, useFocusOnErrors } from "../form/form-field";
import { formatDateTime, formatNumber } from "~/i18n/format";
import type { FormPageView } from "~/models/logistics-page.server";
import { useLocale } from "../use-locale";
import { DocumentsSection } from "./documents-section";
import { FurnitureFields } from "./furniture-fields";
import { BadgesFields, FireRatingFields } from "./list-fields";
import {
  ElectricalFields,
  InsuranceFields,
  MachinesFields,
  SafetyFields,
  VehicleFields,
  type FieldsProps,
} from "./simple-fields";
import { SlotFields } from "./slot-fields";
import { LogisticsStatusBadge } from "./status-badge";

export interface FormPageData {
  application: { id: number };
  event: { name: string; timezone: string };
  view: FormPageView;
  saved: "draft" | "submitted" | "documentRemoved" | null;
}

export interface FormActionData {
  refusal: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  upload?: { code: string; fileName: string | null; maxBytes: number; maxFiles: number };
}

function KindFields({ data, props }: { data: FormPageData; props: FieldsProps }) {
  const { view } = data;
  switch (view.kind) {
    case "electrical":
      return <ElectricalFields {...props} power={view.power!} />;
    case "furniture":
      return <FurnitureFields {...props} items={view.furniture ?? []} />;
    case "badges":
      return <BadgesFields {...props} allowance={view.badges!} />;
    case "load_in":
    case "load_out":
      return (
        <SlotFields
          {...props}
          slots={view.slots?.list ?? []}
          booked={view.slots?.booked ?? null}
          timeZone={data.event.timezone}
        />
      );
    case "vehicle":
      return <VehicleFields {...props} />;
    case "insurance":
      return <InsuranceFields {...props} />;
    case "fire_rating":
      return <FireRatingFields {...props} />;
    case "machines":
      return <MachinesFields {...props} />;
    case "safety_rules":
      return <SafetyFields {...props} />;
  }
}

/** One logistics form: its terms, status, lock or refusal, the fields of its kind, documents, actions. */
export function LogisticsFormPage({
  loaderData,
  actionData,
}: {
  loaderData: FormPageData;
  actionData: FormActionData | undefined;
}) {
  const { t } = useTranslation(["logistics", "logisticsReview", "common"]);
  const locale = useLocale();
  const { view, application, event } = loaderData;
  const formRef = useFocusOnErrors(actionData);
  const checklist = `/portal/applications/${application.id}/logistics`;
  const due = formatDateTime(locale, new Date(view.dueAt));
  const editable = view.lock === null;
  const slotKind = view.kind === "load_in" || view.kind === "load_out";
  const documentsKind = view.documents !== null;
  const submitted = view.submission?.status === "submitted";
  const values = actionData && Object.keys(actionData.values).length > 0 ? actionData.values : view.values;
  const lockText =
    view.lock === "approved"
      ? t("locks.approved")
      : view.lock === "deadline"
        ? t(view.status === "late" ? "locks.late" : "locks.deadline", { date: due })
        : null;
  const uploadReason = actionData?.upload
    ? t(`logisticsReview:upload.errors.${actionData.upload.code}` as "logisticsReview:upload.errors.empty", {
        name: actionData.upload.fileName ?? t("logisticsReview:upload.unnamed"),
        max: `${formatNumber(locale, actionData.upload.maxBytes / (1024 * 1024), 0)} ${locale === "fr" ? "Mo" : "MB"}`,
        count: actionData.upload.maxFiles,
      })
    : "";
  return (
    <>
      <title>{`${t(`kinds.${view.kind}`)} · ${event.name} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">
          <Link to={checklist}>{t("backToChecklist")}</Link>
        </p>
        <h1 className="page__title">{t(`kinds.${view.kind}`)}</h1>
        <p className="page__meta">
          {event.name} · {t("dueOn", { date: due })} · {view.mandatory ? t("mandatory") : t("optional")}
        </p>
        <p>
          <LogisticsStatusBadge status={view.status} />
          {view.submission?.submittedAt ? (
            <span className="page__meta">
              {" "}
              {t("submittedOn", { date: formatDateTime(locale, new Date(view.submission.submittedAt)) })}
            </span>
          ) : null}
        </p>
      </div>
      {loaderData.saved && !actionData ? (
        <p className="form-notice" role="status">
          {t(`notices.${loaderData.saved}`)}
        </p>
      ) : null}
      {view.submission?.status === "rejected" && view.submission.rejectionReason ? (
        <p className="form-alert logistics-rejection">
          {t("rejectedBecause", { reason: view.submission.rejectionReason })}
        </p>
      ) : null}
      {lockText ? <p className="form-notice logistics-lock">{lockText}</p> : null}
      <section className="card logistics-card" aria-labelledby="form-title">
        <h2 id="form-title" className="card__title">
          {t(`kinds.${view.kind}`)}
        </h2>
        <p className="card__note">{t(`intro.${view.kind}`)}</p>
        {documentsKind ? (
          <DocumentsSection
            documents={view.documents ?? []}
            version={view.submission?.version ?? 0}
            editable={editable}
            downloadHref={(id) => `/documents/${id}`}
          />
        ) : null}
        <Form
          method="post"
          ref={formRef}
          noValidate
          encType={documentsKind ? "multipart/form-data" : undefined}
          className="apply-form logistics-form"
        >
          {actionData ? (
            <FormAlert>
              {actionData.refusal === "upload"
                ? t("refusals.upload", { reason: uploadReason })
                : t(`refusals.${actionData.refusal}` as "refusals.invalid")}
            </FormAlert>
          ) : null}
          <input type="hidden" name="version" value={view.submission?.version ?? 0} />
          <fieldset disabled={!editable} className="logistics-form__fields">
            <KindFields data={loaderData} props={{ values, errors: actionData?.errors ?? {} }} />
            {documentsKind && editable ? (
              <div className="form-field">
                <label htmlFor="documents-input" className="form-field__label">
                  {t("fields.upload")}
                </label>
                <p id="documents-hint" className="form-field__hint">
                  {t("fields.uploadHint")}{" "}
                  {view.kind === "machines"
                    ? t("fields.laserDocumentsRequired")
                    : t("fields.documentsRequired")}
                </p>
                <input
                  id="documents-input"
                  type="file"
                  name="documents"
                  multiple
                  accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                  aria-describedby="documents-hint"
                />
              </div>
            ) : null}
          </fieldset>
          {editable ? (
            <div className="apply-form__actions">
              <button type="submit" name="intent" value="submit" className="button">
                {slotKind
                  ? t(view.slots?.booked ? "actions.change" : "actions.book")
                  : t(
                      submitted || view.submission?.status === "rejected"
                        ? "actions.resubmit"
                        : "actions.submit",
                    )}
              </button>
              {!slotKind && !submitted ? (
                <button type="submit" name="intent" value="draft" className="button button--quiet">
                  {t("actions.draft")}
                </button>
              ) : null}
            </div>
          ) : null}
        </Form>
      </section>
    </>
  );
}
