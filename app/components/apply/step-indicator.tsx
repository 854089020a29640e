import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { APPLY_STEPS, type ApplyStep } from "~/models/application-form-options";

/**
 * Where the applicant is among the steps. Steps are links once a draft exists (answers can be
 * changed in any order); before that only the first step exists.
 */
export function StepIndicator({
  slug,
  current,
  completed,
  hasDraft,
}: {
  slug: string;
  current: ApplyStep;
  completed: readonly ApplyStep[];
  hasDraft: boolean;
}) {
  const { t } = useTranslation("apply");
  const index = APPLY_STEPS.indexOf(current);
  return (
    <nav className="step-indicator" aria-label={t("steps.label")}>
      <p className="step-indicator__progress">
        {t("steps.progress", { current: String(index + 1), total: String(APPLY_STEPS.length) })}
      </p>
      <ol className="step-indicator__list">
        {APPLY_STEPS.map((step, position) => {
          const isCurrent = step === current;
          const done = completed.includes(step);
          const label = (
            <>
              <span className="step-indicator__number" aria-hidden="true">
                {position + 1}
              </span>
              <span>{t(`steps.${step}`)}</span>
              {done ? <span className="visually-hidden"> {t("steps.done")}</span> : null}
            </>
          );
          const className = `step-indicator__step${isCurrent ? " step-indicator__step--current" : ""}${done ? " step-indicator__step--done" : ""}`;
          return (
            <li key={step} className={className}>
              {hasDraft && !isCurrent ? (
                <Link to={`/apply/${slug}/${step}`}>{label}</Link>
              ) : (
                <span aria-current={isCurrent ? "step" : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
