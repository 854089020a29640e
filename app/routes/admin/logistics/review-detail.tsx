import { data, Form, Link, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { readFormFields } from "~/components/form/form.server";
import { DocumentPreview } from "~/components/logistics-review/document-preview";
import { LogisticsStatusBadge } from "~/components/logistics-review/status-badge";
import { SubmissionAnswers } from "~/components/logistics-review/submission-answers";
import { useLocale } from "~/components/use-locale";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { requireRole } from "~/models/auth.server";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import { getReviewSubmission, reviewSubmission } from "~/models/logistics-review.server";
import { REASON_MAX_LENGTH, reviewDecisionForm } from "~/models/logistics-review-query";
import authStyles from "../../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import logisticsStyles from "~/components/logistics-review/logistics-review.css?url";
import type { Route } from "./+types/review-detail";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: logisticsStyles },
];

const submissionId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function loadSubmission(eventId: number, raw: string | undefined) {
  const id = submissionId.safeParse(raw);
  const submission = id.success ? getReviewSubmission(eventId, id.data) : undefined;
  if (!submission) throw new Response("Submission not found", { status: 404 });
  return submission;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  return {
    event: { slug: event.slug, name: event.name },
    submission: loadSubmission(event.id, params.submissionId),
  };
}

type ErrorCode = "reasonRequired" | "reasonTooLong" | "invalid" | "stale" | "notSubmitted";
export type ReviewActionData =
  | { kind: "error"; error: ErrorCode; reason?: string }
  | { kind: "done"; status: "approved" | "rejected"; emailed: boolean };

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const submission = loadSubmission(event.id, params.submissionId);
  const { raw } = await readFormFields(request);
  const parsed = reviewDecisionForm.safeParse(raw);
  const reason = typeof raw.reason === "string" ? raw.reason.slice(0, REASON_MAX_LENGTH + 100) : "";
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "reason")?.message;
    const error: ErrorCode =
      raw.decision !== "reject" || !message
        ? "invalid"
        : message === "reasonTooLong"
          ? "reasonTooLong"
          : "reasonRequired";
    return data<ReviewActionData>({ kind: "error", error, reason }, { status: 400 });
  }
  const outcome = await reviewSubmission({
    eventId: event.id,
    submissionId: submission.id,
    decision: parsed.data,
    reviewerId: user.id,
    origin: publicOrigin(request),
  });
  if (outcome.ok)
    return data<ReviewActionData>({ kind: "done", status: outcome.status, emailed: outcome.emailed });
  if (outcome.reason === "notFound") throw new Response("Submission not found", { status: 404 });
  return data<ReviewActionData>({ kind: "error", error: outcome.reason, reason }, { status: 409 });
}

export default function LogisticsReviewDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { event, submission } = loaderData;
  const { t } = useTranslation(["logisticsReview", "common"]);
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const form = t(`kinds.${submission.kind}`);
  const base = `/admin/events/${event.slug}/logistics`;
  const error = actionData?.kind === "error" ? actionData.error : null;
  const reasonError = error === "reasonRequired" || error === "reasonTooLong" ? error : null;
  return (
    <>
      <title>{`${form} · ${submission.organisationName} · ${t("common:appName")}`}</title>
      <p>
        <Link to={`${base}/review`}>{t("detail.back")}</Link>
      </p>
      <header className="page__header review-header">
        <div>
          <p className="page__eyebrow">{event.name}</p>
          <h1 className="page__title">
            {form} — {submission.organisationName}
          </h1>
          <p className="page__meta">
            <LogisticsStatusBadge status={submission.status} />{" "}
            {submission.submittedAt
              ? t("detail.submittedAt", { date: formatDateTime(locale, new Date(submission.submittedAt)) })
              : null}
            {" · "}
            {t("detail.dueAt", { date: formatDateTime(locale, new Date(submission.dueAt)) })}
            {" · "}
            {submission.mandatory ? t("detail.mandatory") : t("detail.optional")}
          </p>
        </div>
      </header>
      {actionData?.kind === "done" ? (
        <p className="form-notice" role="status">
          {t(`detail.done.${actionData.status}`)} {actionData.emailed ? null : t("detail.done.noEmail")}
        </p>
      ) : null}
      {error && !reasonError ? (
        <p className="form-alert" role="alert">
          {t(`detail.errors.${error}`)}
        </p>
      ) : null}
      <div className="lr-detail">
        <div>
          <section className="lr-section" aria-labelledby="lr-answers">
            <h2 id="lr-answers">{t("detail.answers")}</h2>
            <SubmissionAnswers kind={submission.kind} data={submission.data} lookups={submission.lookups} />
          </section>
          <section className="lr-section" aria-labelledby="lr-documents">
            <h2 id="lr-documents">{t("detail.documents")}</h2>
            {submission.documents.length === 0 ? (
              <p>{t("detail.noDocuments")}</p>
            ) : (
              <ul className="lr-documents">
                {submission.documents.map((document) => (
                  <li key={document.id}>
                    <div className="lr-document__head">
                      <strong>{document.fileName}</strong>
                      <span>
                        {t("detail.size", {
                          value: formatNumber(locale, Math.ceil(document.sizeBytes / 1024)),
                        })}
                        {" · "}
                        <a
                          href={`/documents/${document.id}`}
                          download
                          aria-label={t("detail.downloadLabel", { name: document.fileName })}
                        >
                          {t("detail.download")}
                        </a>
                      </span>
                    </div>
                    <DocumentPreview document={document} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section className="lr-section" aria-labelledby="lr-decision">
          <h2 id="lr-decision">{t("detail.decision")}</h2>
          {submission.reviewedAt ? (
            <p>
              {submission.reviewerName
                ? t("detail.reviewed", {
                    name: submission.reviewerName,
                    date: formatDateTime(locale, new Date(submission.reviewedAt)),
                  })
                : t("detail.reviewedNoName", {
                    date: formatDateTime(locale, new Date(submission.reviewedAt)),
                  })}
            </p>
          ) : null}
          {submission.status === "rejected" && submission.rejectionReason ? (
            <p className="lr-multiline">
              {t("detail.rejectionReason", { reason: submission.rejectionReason })}
            </p>
          ) : null}
          {submission.status === "submitted" ? (
            <Form method="post" className="lr-decision" noValidate>
              <input type="hidden" name="version" value={submission.version} />
              <div className={`form-field${reasonError ? " form-field--invalid" : ""}`}>
                <label htmlFor="review-reason" className="form-field__label">
                  {t("detail.reason")}
                </label>
                <p id="review-reason-hint" className="form-field__hint">
                  {t("detail.reasonHint")} {t("detail.rejectHint")}
                </p>
                <textarea
                  id="review-reason"
                  name="reason"
                  rows={4}
                  maxLength={REASON_MAX_LENGTH}
                  className="form-field__input"
                  defaultValue={actionData?.kind === "error" ? actionData.reason : ""}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={`review-reason-hint${reasonError ? " review-reason-error" : ""}`}
                />
                {reasonError ? (
                  <p id="review-reason-error" className="form-field__error">
                    {t(`detail.errors.${reasonError}`)}
                  </p>
                ) : null}
              </div>
              <div className="lr-decision__buttons">
                <button type="submit" name="decision" value="approve" className="button" disabled={busy}>
                  {t("detail.approve")}
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="reject"
                  className="button button--outline"
                  disabled={busy}
                >
                  {t("detail.reject")}
                </button>
              </div>
            </Form>
          ) : (
            <p>{t("detail.notReviewable", { status: t(`status.${submission.status}`) })}</p>
          )}
        </section>
      </div>
    </>
  );
}
