import { data, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { readFormFields } from "~/components/form/form.server";
import {
  PlaceholderHelp,
  TemplateEditor,
  type TemplateEditorState,
} from "~/components/review/template-editor";
import {
  decisionStatuses,
  parseTemplateInput,
  type DecisionStatus,
  type TemplateFieldError,
} from "~/emails/decision-templates";
import { LOCALES, type Locale } from "~/i18n/i18n";
import { requireRole } from "~/models/auth.server";
import {
  listDecisionTemplates,
  previewDecisionEmail,
  resetDecisionTemplate,
  saveDecisionTemplate,
} from "~/models/email-template.server";
import { requireEvent } from "~/models/event.server";
import authStyles from "../auth/auth.css?url";
import reviewStyles from "~/styles/review.css?url";
import type { Route } from "./+types/email-templates";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: reviewStyles },
];

const StatusParam = z.enum(decisionStatuses).catch("in_review");

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const status = StatusParam.parse(new URL(request.url).searchParams.get("status"));
  const set = listDecisionTemplates(event.id)[status];
  const editors = Object.fromEntries(
    LOCALES.map((locale) => {
      const { subject, body, customised } = set[locale];
      const preview = previewDecisionEmail({
        text: { subject, body },
        locale,
        status,
        eventName: event.name,
      });
      return [
        locale,
        { subject, body, customised, preview: { subject: preview.subject, html: preview.html } },
      ];
    }),
  ) as Record<Locale, TemplateEditorState>;
  return { event: { slug: event.slug, name: event.name }, status, editors };
}

type ActionData =
  | {
      ok: false;
      locale: Locale | null;
      values?: { subject: string; body: string };
      errors: Partial<Record<"subject" | "body", TemplateFieldError>>;
    }
  | { ok: true; locale: Locale; notice: "saved" | "resetDone" }
  | {
      ok: true;
      locale: Locale;
      preview: { subject: string; html: string };
      values: { subject: string; body: string };
    };

const Target = z.object({
  status: z.enum(decisionStatuses),
  locale: z.enum(LOCALES),
  intent: z.enum(["save", "preview", "reset"]),
});

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const { raw } = await readFormFields(request);
  const target = Target.safeParse(raw);
  if (!target.success) return data<ActionData>({ ok: false, locale: null, errors: {} }, { status: 400 });
  const { status, locale, intent } = target.data;
  if (intent === "reset") {
    resetDecisionTemplate({ eventId: event.id, status, locale, by: user.id });
    return data<ActionData>({ ok: true, locale, notice: "resetDone" });
  }
  const parsed = parseTemplateInput(raw);
  if (!parsed.ok) {
    // Echo what was typed (cut to the limits' order of size) so the organiser can fix it in place.
    const echo = (value: unknown) => (typeof value === "string" ? value.slice(0, 20_000) : "");
    const values = { subject: echo(raw.subject), body: echo(raw.body) };
    return data<ActionData>({ ok: false, locale, values, errors: parsed.errors }, { status: 400 });
  }
  if (intent === "preview") {
    const preview = previewDecisionEmail({ text: parsed.data, locale, status, eventName: event.name });
    return data<ActionData>({
      ok: true,
      locale,
      preview: { subject: preview.subject, html: preview.html },
      values: parsed.data,
    });
  }
  saveDecisionTemplate({ eventId: event.id, status, locale, ...parsed.data, by: user.id });
  return data<ActionData>({ ok: true, locale, notice: "saved" });
}

/** The editor's state: what is stored, overlaid with what the last submission for this language brought back. */
function editorState(
  stored: TemplateEditorState,
  result: ActionData | undefined,
  locale: Locale,
): TemplateEditorState {
  if (!result || result.locale !== locale) return stored;
  if (!result.ok) return { ...stored, ...result.values, errors: result.errors };
  if ("notice" in result) return { ...stored, notice: result.notice };
  return { ...stored, ...result.values, preview: result.preview };
}

/** A short djb2 hash: enough to tell two texts apart in a React key. */
function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33) ^ text.charCodeAt(i);
  return (hash >>> 0).toString(36);
}

export default function EmailTemplates({ loaderData, actionData }: Route.ComponentProps) {
  const { event, status, editors } = loaderData;
  const { t } = useTranslation(["review", "common"]);
  return (
    <>
      <title>{`${t("templates.title")} · ${event.name} · ${t("common:appName")}`}</title>
      <p>
        <Link to={`/admin/events/${event.slug}/applications`}>{t("templates.back")}</Link>
      </p>
      <header className="page__header">
        <p className="page__eyebrow">{event.name}</p>
        <h1 className="page__title">{t("templates.title")}</h1>
        <p className="page__meta">{t("templates.intro")}</p>
      </header>
      <nav aria-label={t("templates.statusNav")}>
        <ul className="review-chips">
          {decisionStatuses.map((value: DecisionStatus) => (
            <li key={value}>
              <Link
                to={`?status=${value}`}
                className={value === status ? "review-chip review-chip--active" : "review-chip"}
                aria-current={value === status ? "page" : undefined}
              >
                {t(`common:applicationStatus.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="section-title capitalise">
        {t("templates.heading", { status: t(`common:applicationStatus.${status}`) })}
      </h2>
      <PlaceholderHelp />
      <div className="review-templates">
        {LOCALES.map((locale) => {
          const state = editorState(editors[locale], actionData, locale);
          // Remounted whenever the text to show changes, so the uncontrolled fields take it up.
          const key = `${status}-${locale}-${fingerprint(`${state.subject}\n${state.body}`)}`;
          return <TemplateEditor key={key} status={status} locale={locale} state={state} />;
        })}
      </div>
    </>
  );
}
