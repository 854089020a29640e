import { data, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { applicationStatuses } from "../../../../db/schema/applications";
import { parseFields, readFormFields } from "~/components/form/form.server";
import {
  ContactAnswers,
  OrganisationAnswers,
  ParticipationAnswers,
  WishesAndDates,
} from "~/components/review/application-answers";
import type { DetailActionData, DetailErrorCode } from "~/components/review/detail-action";
import { HistoryList } from "~/components/review/history-list";
import { NotesPanel } from "~/components/review/notes-panel";
import { ScoresPanel } from "~/components/review/scores-panel";
import { StatusActions } from "~/components/review/status-actions";
import { StatusBadge } from "~/components/review/status-badge";
import { isDecisionStatus } from "~/emails/decision-templates";
import {
  addApplicationNote,
  COMMENT_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  scoreApplication,
  SCORE_MAX,
  SCORE_MIN,
} from "~/models/application-assessment.server";
import { decideApplication } from "~/models/application-decision.server";
import { findEventApplication, getApplicationDetail } from "~/models/application-detail.server";
import { allowedTransitions, canTransition } from "~/models/application-status";
import { MESSAGE_MAX_LENGTH } from "~/models/application-transition.server";
import { requireRole } from "~/models/auth.server";
import { publicOrigin } from "~/models/email.server";
import { requireEvent } from "~/models/event.server";
import authStyles from "../../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import type { Route } from "./+types/detail";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
];

const applicationId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function notFound(): Response {
  return new Response("Application not found", { status: 404 });
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const id = applicationId.safeParse(params.id);
  const detail = id.success ? getApplicationDetail(event.id, id.data) : undefined;
  if (!detail) throw notFound();
  return {
    event: { slug: event.slug, name: event.name },
    detail,
    userId: user.id,
    canDecide: user.role === "organiser",
    // Organisers decide; submitting a draft stays the applicant's own act (it records their consent).
    actions: allowedTransitions(detail.application.status).filter(isDecisionStatus),
  };
}

const CODES = new Set<DetailErrorCode>(["required", "invalid", "tooLong", "score"]);
const StatusForm = z.object({
  to: z.enum(applicationStatuses),
  message: z.string().max(MESSAGE_MAX_LENGTH, { error: "tooLong" }).optional(),
});
const NoteForm = z.object({
  body: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(NOTE_MAX_LENGTH, { error: "tooLong" }),
});
const ScoreForm = z.object({
  score: z.coerce
    .number({ error: "score" })
    .int({ error: "score" })
    .min(SCORE_MIN, { error: "score" })
    .max(SCORE_MAX, { error: "score" }),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH, { error: "tooLong" }).default(""),
});

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const id = applicationId.safeParse(params.id);
  const application = id.success ? findEventApplication(event.id, id.data) : undefined;
  if (!application) throw notFound();
  const { raw } = await readFormFields(request);
  const reply = (body: DetailActionData, status = 200) => data(body, { status });

  if (raw.intent === "status") {
    const parsed = parseFields(raw, StatusForm, CODES);
    if (!parsed.ok) {
      const errors = parsed.errors.message ? { message: parsed.errors.message } : undefined;
      return reply(
        { intent: "status", ok: false, reason: "invalid", from: application.status, to: null, errors },
        400,
      );
    }
    const { to, message } = parsed.data;
    // The one move the machine allows that is not a decision (draft → submitted) is not the organisers' to make.
    if (canTransition(application.status, to) && !isDecisionStatus(to))
      return reply({ intent: "status", ok: false, reason: "invalid", from: application.status, to }, 400);
    const outcome = await decideApplication({
      applicationId: application.id,
      eventId: event.id,
      to,
      by: user.id,
      message,
      origin: publicOrigin(request),
    });
    if (!outcome.ok) {
      if (outcome.reason === "not_found") throw notFound();
      return reply({ intent: "status", ok: false, reason: outcome.reason, from: outcome.from, to }, 409);
    }
    return reply({
      intent: "status",
      ok: true,
      status: to,
      emailedTo: outcome.emailed ? application.contactEmail : null,
    });
  }
  if (raw.intent === "note") {
    const parsed = parseFields(raw, NoteForm, CODES);
    if (!parsed.ok) return reply({ intent: "note", ok: false, errors: { body: parsed.errors.body } }, 400);
    addApplicationNote({ applicationId: application.id, authorId: user.id, body: parsed.data.body });
    return reply({ intent: "note", ok: true });
  }
  if (raw.intent === "score") {
    const parsed = parseFields(raw, ScoreForm, CODES);
    if (!parsed.ok)
      return reply(
        {
          intent: "score",
          ok: false,
          errors: { score: parsed.errors.score, comment: parsed.errors.comment },
        },
        400,
      );
    scoreApplication({ applicationId: application.id, reviewerId: user.id, ...parsed.data });
    return reply({ intent: "score", ok: true });
  }
  return reply({ intent: null, ok: false }, 400);
}

export default function ApplicationDetailPage({ loaderData, actionData }: Route.ComponentProps) {
  const { event, detail, userId, canDecide, actions } = loaderData;
  const { t } = useTranslation(["review", "common"]);
  const { application, organisation } = detail;
  const result = <I extends NonNullable<DetailActionData["intent"]>>(intent: I) =>
    actionData?.intent === intent ? (actionData as Extract<DetailActionData, { intent: I }>) : null;
  return (
    <>
      <title>{`${organisation.name} · ${t("list.title")} · ${t("common:appName")}`}</title>
      <p>
        <Link to={`/admin/events/${event.slug}/applications`}>{t("detail.back")}</Link>
      </p>
      <header className="page__header review-detail__header">
        {organisation.hasLogo ? (
          <img
            src={`/organisations/${organisation.id}/logo`}
            alt={t("detail.logo", { name: organisation.name })}
            className="review-detail__logo"
            width={96}
            height={96}
          />
        ) : null}
        <div>
          <p className="page__eyebrow">{t("detail.eyebrow", { id: String(application.id) })}</p>
          <h1 className="page__title">{organisation.name}</h1>
          <StatusBadge status={application.status} />
        </div>
      </header>
      <div className="review-detail">
        <div className="review-detail__answers">
          <OrganisationAnswers organisation={organisation} />
          <ContactAnswers detail={detail} />
          <ParticipationAnswers detail={detail} />
          <WishesAndDates detail={detail} />
        </div>
        <div className="review-detail__work">
          <StatusActions
            status={application.status}
            actions={actions}
            canDecide={canDecide}
            result={result("status")}
          />
          <ScoresPanel
            reviews={detail.reviews}
            averageScore={detail.averageScore}
            userId={userId}
            canScore={canDecide}
            result={result("score")}
          />
          <NotesPanel notes={detail.notes} canWrite={canDecide} result={result("note")} />
          <HistoryList entries={detail.history} />
        </div>
      </div>
    </>
  );
}
