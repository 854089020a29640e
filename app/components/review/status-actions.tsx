import { Form, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "../../../db/schema/applications";
import type { DecisionStatus } from "~/emails/decision-templates";
import { FormAlert, FormField } from "../form/form-field";
import type { DetailActionData } from "./detail-action";
import { StatusBadge } from "./status-badge";

type StatusResult = Extract<DetailActionData, { intent: "status" }>;

/** The decisions the status machine allows from here, each one a button; one optional message. */
export function StatusActions(props: {
  status: ApplicationStatus;
  actions: readonly DecisionStatus[];
  canDecide: boolean;
  result: StatusResult | null;
}) {
  const { status, actions, canDecide, result } = props;
  const { t } = useTranslation(["review", "common"]);
  const busy = useNavigation().state !== "idle";
  const label = (value: ApplicationStatus | null) => (value ? t(`common:applicationStatus.${value}`) : "");
  return (
    <section className="review-section review-decision" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title" className="section-title">
        {t("actions.title")}
      </h2>
      <p>
        {t("actions.current")} <StatusBadge status={status} />
      </p>
      {result?.ok ? (
        <p role="status" className="form-notice">
          {result.emailedTo
            ? t("actions.done", { status: label(result.status), email: result.emailedTo })
            : t("actions.doneNoEmail", { status: label(result.status) })}
        </p>
      ) : null}
      {result && !result.ok && result.reason !== "invalid" ? (
        <FormAlert>
          {result.reason === "changed"
            ? t("actions.changed")
            : t("actions.notAllowed", { from: label(result.from), to: label(result.to) })}
        </FormAlert>
      ) : null}
      {!canDecide ? (
        <p>{t("actions.readOnly")}</p>
      ) : actions.length === 0 ? (
        <p>{t("actions.none")}</p>
      ) : (
        <Form method="post" className="review-decision__form">
          <input type="hidden" name="intent" value="status" />
          <FormField
            name="message"
            label={t("actions.message")}
            hint={t("actions.messageHint")}
            rows={3}
            required={false}
            maxLength={2000}
            error={
              result && !result.ok && result.errors?.message
                ? t(`errors.${result.errors.message}`)
                : undefined
            }
          />
          <div className="review-decision__buttons">
            {actions.map((to) => (
              <button
                key={to}
                type="submit"
                name="to"
                value={to}
                disabled={busy}
                className={to === "rejected" || to === "withdrawn" ? "button button--outline" : "button"}
              >
                {t(`actions.to.${to}`)}
              </button>
            ))}
          </div>
        </Form>
      )}
    </section>
  );
}
