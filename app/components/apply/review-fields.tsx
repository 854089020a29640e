import { useTranslation } from "react-i18next";
import { CheckboxField } from "~/components/form/checkbox-field";
import type { ChecklistItem } from "~/models/application-form-checklist";
import type { StepErrors } from "~/models/application-form-schemas";
import type { AnswersSummary } from "~/models/application-form-summary.server";
import { AnswersSummaryView } from "./answers-summary";
import { ChecklistList } from "./checklist-list";
import { useFieldErrors } from "./use-field-errors";

/** The last step: every answer, what is still missing, and the consent that submits. */
export function ReviewFields(props: {
  slug: string;
  summary: AnswersSummary;
  missing: ChecklistItem[];
  errors: StepErrors;
}) {
  const { t } = useTranslation(["apply", "applyForm"]);
  const error = useFieldErrors(props.errors);
  const href = (step: string) => (step === "review" ? null : `/apply/${props.slug}/${step}`);
  // Consent is given right here: it is not "missing" on this page.
  const blocking = props.missing.filter((item) => item.blocking && item.code !== "consent");
  const recommended = props.missing.filter((item) => !item.blocking);
  return (
    <>
      <p>{t("review.intro")}</p>
      {blocking.length > 0 ? (
        <section className="form-alert" aria-labelledby="review-missing">
          <h2 id="review-missing" className="checklist__title">
            {t("review.missingTitle")}
          </h2>
          <ChecklistList items={blocking} hrefFor={href} />
        </section>
      ) : null}
      {recommended.length > 0 ? (
        <section className="form-notice" aria-labelledby="review-recommended">
          <h2 id="review-recommended" className="checklist__title">
            {t("review.recommendedTitle")}
          </h2>
          <ChecklistList items={recommended} hrefFor={href} />
        </section>
      ) : null}
      <AnswersSummaryView summary={props.summary} editHref={(step) => `/apply/${props.slug}/${step}`} />
      <fieldset className="form-section">
        <legend className="form-section__legend">{t("applyForm:consent.legend")}</legend>
        <CheckboxField
          name="consent"
          label={t("applyForm:consent.label")}
          hint={t("applyForm:consent.hint")}
          error={error("consent")}
          required
        />
      </fieldset>
    </>
  );
}
