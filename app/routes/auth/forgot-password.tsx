import { data, Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requestPasswordReset } from "~/models/account.server";
import { publicOrigin } from "~/models/email.server";
import { EMAIL_MAX_LENGTH, emailField } from "./fields";
import { FormField, useFocusOnErrors } from "./form-field";
import { echoText, parseForm, type FieldErrors } from "./form.server";
import authStyles from "./auth.css?url";
import type { Route } from "./+types/forgot-password";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: authStyles }];

const ForgotPasswordForm = z.object({ email: emailField });

export async function action({ request }: Route.ActionArgs) {
  const parsed = await parseForm(request, ForgotPasswordForm);
  if (!parsed.ok) {
    const errors = parsed.errors as FieldErrors<"email">;
    return data(
      { sent: false, errors, email: echoText(parsed.raw, "email", EMAIL_MAX_LENGTH) },
      { status: 400 },
    );
  }
  // Not awaited: the token and the outbox row are written before the first await, and waiting for
  // SMTP delivery would make existing accounts answer measurably slower than unknown ones.
  requestPasswordReset(parsed.data.email, publicOrigin(request)).catch((error: unknown) =>
    console.warn(`Password reset e-mail failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  // The same answer whether or not the account exists: this page must not reveal who has one.
  return { sent: true, errors: {} as FieldErrors<"email">, email: "" };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["auth", "common"]);
  const formRef = useFocusOnErrors(actionData?.sent ? null : actionData);
  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <title>{`${t("forgot.title")} · ${t("common:appName")}`}</title>
      <h1 id="forgot-title" className="page__title">
        {t("forgot.title")}
      </h1>
      {actionData?.sent ? (
        <p className="form-notice" role="status">
          {t("forgot.sent")}
        </p>
      ) : (
        <>
          <p className="auth-card__intro">{t("forgot.intro")}</p>
          <Form method="post" noValidate className="auth-form" ref={formRef}>
            <FormField
              name="email"
              type="email"
              label={t("fields.email")}
              autoComplete="email"
              maxLength={EMAIL_MAX_LENGTH}
              defaultValue={actionData?.email}
              error={actionData?.errors.email}
            />
            <div className="auth-card__actions">
              <button type="submit" className="button">
                {t("forgot.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
      <p className="auth-card__actions">
        <Link to="/login">{t("forgot.backToLogin")}</Link>
      </p>
    </section>
  );
}
