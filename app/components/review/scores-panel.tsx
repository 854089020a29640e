import { Form } from "react-router";
import { useTranslation } from "react-i18next";
import type { ApplicationDetail } from "~/models/application-detail.server";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { FormField, useFocusOnErrors } from "../form/form-field";
import { useLocale } from "../use-locale";
import type { DetailActionData } from "./detail-action";

type ScoreResult = Extract<DetailActionData, { intent: "score" }>;

/** Every reviewer's score and comment, their average, and the reader's own score to set or change. */
export function ScoresPanel(props: {
  reviews: ApplicationDetail["reviews"];
  averageScore: number | null;
  userId: number;
  canScore: boolean;
  result: ScoreResult | null;
}) {
  const { reviews, averageScore, userId, canScore, result } = props;
  const { t } = useTranslation("review");
  const locale = useLocale();
  const mine = reviews.find((review) => review.reviewerId === userId);
  const errors = result && !result.ok ? result.errors : {};
  const formRef = useFocusOnErrors(result && !result.ok ? result : null);
  return (
    <section className="review-section" aria-labelledby="review-scores-title">
      <h2 id="review-scores-title" className="section-title">
        {t("scores.title")}
      </h2>
      {averageScore === null ? (
        <p>{t("scores.empty")}</p>
      ) : (
        <>
          <p className="review-average">
            {t("scores.average", { count: reviews.length, value: formatNumber(locale, averageScore, 1) })}
          </p>
          <table className="data-table">
            <caption className="visually-hidden">{t("scores.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scores.reviewer")}</th>
                <th scope="col" className="numeric">
                  {t("scores.score")}
                </th>
                <th scope="col">{t("scores.comment")}</th>
                <th scope="col">{t("scores.updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.reviewerId}>
                  <th scope="row">{review.reviewerName}</th>
                  <td className="numeric">{t("scores.value", { score: String(review.score) })}</td>
                  <td className="review-pre">{review.comment || t("detail.none")}</td>
                  <td>{formatDateTime(locale, review.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result?.ok ? (
        <p role="status" className="form-notice">
          {t("scores.saved")}
        </p>
      ) : null}
      {canScore ? (
        <Form method="post" className="review-form" ref={formRef}>
          <input type="hidden" name="intent" value="score" />
          <fieldset
            className="review-score"
            aria-describedby={errors.score ? "review-score-error" : undefined}
          >
            <legend className="form-field__label">{t("scores.yours")}</legend>
            {[1, 2, 3, 4, 5].map((score) => (
              <label key={score} className="review-score__option">
                <input
                  type="radio"
                  name="score"
                  value={score}
                  defaultChecked={mine?.score === score}
                  required
                  aria-invalid={errors.score ? true : undefined}
                />
                {score}
              </label>
            ))}
            {errors.score ? (
              <p id="review-score-error" className="form-field__error">
                {t(`errors.${errors.score}`)}
              </p>
            ) : null}
          </fieldset>
          <FormField
            name="comment"
            label={t("scores.yourComment")}
            rows={2}
            required={false}
            maxLength={2000}
            defaultValue={mine?.comment}
            error={errors.comment ? t(`errors.${errors.comment}`) : undefined}
          />
          <button type="submit" className="button">
            {t("scores.save")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
