import { Form } from "react-router";
import { useTranslation } from "react-i18next";
import {
  BODY_MAX_LENGTH,
  SUBJECT_MAX_LENGTH,
  templatePlaceholders,
  type DecisionStatus,
  type TemplateFieldError,
} from "~/emails/decision-templates";
import type { Locale } from "~/i18n/i18n";
import { FormAlert, FormField, useFocusOnErrors } from "../form/form-field";

export interface TemplateEditorState {
  subject: string;
  body: string;
  customised: boolean;
  preview: { subject: string; html: string };
  errors?: Partial<Record<"subject" | "body", TemplateFieldError>>;
  notice?: "saved" | "resetDone";
}

const placeholderToken = (name: string) => `{{${name}}}`;

/** One language of one decision e-mail: subject, body, what the placeholders mean, and a preview. */
export function TemplateEditor({
  status,
  locale,
  state,
}: {
  status: DecisionStatus;
  locale: Locale;
  state: TemplateEditorState;
}) {
  const { t } = useTranslation("review");
  const headingId = `template-${locale}`;
  const formRef = useFocusOnErrors(state.errors);
  const fieldError = (error: TemplateFieldError | undefined) => {
    if (!error) return undefined;
    if (error.code !== "unknownPlaceholder") return t(`errors.${error.code}`);
    return t("errors.unknownPlaceholder", {
      names: error.names.map(placeholderToken).join(", "),
      allowed: templatePlaceholders.map(placeholderToken).join(", "),
    });
  };
  return (
    <section className="review-section review-template" aria-labelledby={headingId} lang={locale}>
      <h2 id={headingId} className="section-title">
        {t(`templates.locales.${locale}`)}
      </h2>
      <p className="page__meta">{state.customised ? t("templates.customised") : t("templates.default")}</p>
      {state.notice ? (
        <p role="status" className="form-notice">
          {t(`templates.${state.notice}`)}
        </p>
      ) : null}
      <Form method="post" className="review-form" noValidate ref={formRef}>
        {state.errors ? <FormAlert>{t("errors.summary")}</FormAlert> : null}
        <input type="hidden" name="status" value={status} />
        <input type="hidden" name="locale" value={locale} />
        <FormField
          name="subject"
          label={t("templates.subject")}
          defaultValue={state.subject}
          maxLength={SUBJECT_MAX_LENGTH}
          error={fieldError(state.errors?.subject)}
        />
        <FormField
          name="body"
          label={t("templates.body")}
          hint={t("templates.bodyHint")}
          rows={8}
          defaultValue={state.body}
          maxLength={BODY_MAX_LENGTH}
          error={fieldError(state.errors?.body)}
        />
        <div className="review-panel__actions">
          <button type="submit" name="intent" value="save" className="button">
            {t("templates.save")}
          </button>
          <button type="submit" name="intent" value="preview" className="button button--outline">
            {t("templates.preview")}
          </button>
          {state.customised ? (
            <button type="submit" name="intent" value="reset" className="button button--outline">
              {t("templates.reset")}
            </button>
          ) : null}
        </div>
      </Form>
      <details className="review-template__preview" open>
        <summary>{t("templates.previewTitle")}</summary>
        <p>
          <strong>{t("templates.previewSubject", { subject: state.preview.subject })}</strong>
        </p>
        <iframe
          title={t("templates.previewTitle")}
          srcDoc={state.preview.html}
          sandbox=""
          className="review-template__frame"
        />
      </details>
    </section>
  );
}

/** What each placeholder stands for, shown once above both languages. */
export function PlaceholderHelp() {
  const { t } = useTranslation("review");
  return (
    <section className="review-section" aria-labelledby="placeholders-title">
      <h2 id="placeholders-title" className="section-title">
        {t("templates.placeholdersTitle")}
      </h2>
      <dl className="review-placeholders">
        {templatePlaceholders.map((name) => (
          <div key={name}>
            <dt>
              <code>{placeholderToken(name)}</code>
            </dt>
            <dd>{t(`templates.placeholders.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
