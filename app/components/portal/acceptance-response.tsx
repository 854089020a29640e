import { useId } from "react";
import { Form, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";

/**
 * Once accepted, the exhibitor confirms their participation or withdraws. Withdrawing gives up the
 * stand, so it sits behind a disclosure and a box to tick, and the server checks the box too.
 */
export function AcceptanceResponse({ action }: { action: string }) {
  const { t } = useTranslation("portal");
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const checkboxId = useId();
  return (
    <section className="card acceptance-response" aria-labelledby="acceptance-title">
      <h2 id="acceptance-title" className="card__title">
        {t("response.title")}
      </h2>
      <p>{t("response.intro")}</p>
      <Form method="post" action={action}>
        <button type="submit" name="intent" value="confirm" className="button" disabled={busy}>
          {t("response.confirm")}
        </button>
      </Form>
      <details className="acceptance-response__withdraw">
        <summary>{t("response.withdraw")}</summary>
        <Form method="post" action={action}>
          <p>{t("response.withdrawWarning")}</p>
          <p>
            <input type="checkbox" id={checkboxId} name="confirmWithdraw" value="yes" required />{" "}
            <label htmlFor={checkboxId}>{t("response.withdrawCheck")}</label>
          </p>
          <button
            type="submit"
            name="intent"
            value="withdraw"
            className="button button--danger"
            disabled={busy}
          >
            {t("response.withdrawSubmit")}
          </button>
        </Form>
      </details>
    </section>
  );
}
