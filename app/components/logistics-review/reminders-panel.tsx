import { Form, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import type { LogisticsFormKind } from "../../../db/schema/logistics";
import { useLocale } from "~/components/use-locale";
import { formatNumber } from "~/i18n/format";

export type RemindersActionData =
  | { kind: "invalid" }
  | {
      kind: "preview" | "sent";
      days: number;
      sent: number;
      skipped: number;
      candidates: {
        applicationId: number;
        organisationName: string;
        kinds: LogisticsFormKind[];
        alreadyToday: boolean;
      }[];
    };

/** Organisers preview, then send, the reminders of missing mandatory forms (asking before sending). */
export function RemindersPanel({
  isOrganiser,
  result,
}: {
  isOrganiser: boolean;
  result: RemindersActionData | undefined;
}) {
  const { t } = useTranslation("logisticsReview");
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const days = result && result.kind !== "invalid" ? result.days : 7;
  return (
    <section className="lr-section lr-reminders" aria-labelledby="lr-reminders-title">
      <h2 id="lr-reminders-title">{t("reminders.title")}</h2>
      <p>{t("reminders.intro")}</p>
      {isOrganiser ? (
        <Form
          method="post"
          className="lr-decision"
          onSubmit={(event) => {
            const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            if (submitter?.value === "send" && !window.confirm(t("reminders.confirm")))
              event.preventDefault();
          }}
        >
          <div className={`form-field${result?.kind === "invalid" ? " form-field--invalid" : ""}`}>
            <label htmlFor="reminder-days" className="form-field__label">
              {t("reminders.days")}
            </label>
            <input
              id="reminder-days"
              name="days"
              type="number"
              min={0}
              max={90}
              step={1}
              required
              defaultValue={days}
              className="form-field__input"
              aria-invalid={result?.kind === "invalid" ? true : undefined}
              aria-describedby={result?.kind === "invalid" ? "reminder-days-error" : undefined}
            />
            {result?.kind === "invalid" ? (
              <p id="reminder-days-error" className="form-field__error">
                {t("reminders.invalidDays")}
              </p>
            ) : null}
          </div>
          <div className="lr-decision__buttons">
            <button
              type="submit"
              name="intent"
              value="preview"
              className="button button--outline"
              disabled={busy}
            >
              {t("reminders.preview")}
            </button>
            <button type="submit" name="intent" value="send" className="button" disabled={busy}>
              {t("reminders.send")}
            </button>
          </div>
        </Form>
      ) : (
        <p>{t("reminders.organisersOnly")}</p>
      )}
      {result && result.kind !== "invalid" ? (
        <div role="status">
          {result.kind === "sent" ? (
            <p>
              {t("reminders.sent", {
                sent: formatNumber(locale, result.sent),
                skipped: formatNumber(locale, result.skipped),
              })}
            </p>
          ) : result.candidates.length === 0 ? (
            <p>{t("reminders.plannedNone")}</p>
          ) : (
            <>
              <p>
                {t("reminders.planned", {
                  count: result.candidates.length,
                  value: formatNumber(locale, result.candidates.length),
                })}
              </p>
              <ul>
                {result.candidates.map((c) => (
                  <li key={c.applicationId}>
                    {c.organisationName} — {c.kinds.map((kind) => t(`kinds.${kind}`)).join(", ")}
                    {c.alreadyToday ? ` (${t("reminders.alreadyToday")})` : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
