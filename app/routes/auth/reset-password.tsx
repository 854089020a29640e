import { data, Form, redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { resetPassword } from "~/models/account.server";
import { inspectToken, type TokenFailure } from "~/models/auth-token.server";
import { confirmPasswordField, newPasswordField, PASSWORD_MAX_LENGTH, passwordsMatch } from "./fields";
import { FormField, useFocusOnErrors } from "./form-field";
import { parseForm, type FieldErrors } from "./form.server";
import { LinkProblem } from "./link-problem";
import authStyles from "./auth.css?url";
import type { Route } from "./+types/reset-password";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: authStyles }];

// The token is in the URL: keep it out of the Referer sent to any other site.
export const headers: Route.HeadersFunction = () => ({ "Referrer-Policy": "no-referrer" });

type ResetField = "password" | "confirmPassword";
const ResetForm = z
  .object({ password: newPasswordField, confirmPassword: confirmPasswordField })
  .refine(passwordsMatch, { error: "passwordMismatch", path: ["confirmPassword"] });

function linkProblem(reason: TokenFailure) {
  return data(
    { problem: reason, errors: {} as FieldErrors<ResetField> },
    { status: reason === "invalid" ? 404 : 410, headers: { "Referrer-Policy": "no-referrer" } },
  );
}

export function loader({ params }: Route.LoaderArgs) {
  const check = inspectToken("reset", params.token);
  if (!check.ok) return linkProblem(check.reason);
  return { problem: null };
}

export async function action({ request, params }: Route.ActionArgs) {
  // A dead link is said first: fixing the password fields would be wasted effort.
  const check = inspectToken("reset", params.token);
  if (!check.ok) return linkProblem(check.reason);
  const parsed = await parseForm(request, ResetForm);
  if (!parsed.ok)
    return data({ problem: null, errors: parsed.errors as FieldErrors<ResetField> }, { status: 400 });
  const result = await resetPassword(params.token, parsed.data.password);
  if (!result.ok) return linkProblem(result.reason);
  return redirect("/login?reset=done");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["auth", "common"]);
  const formRef = useFocusOnErrors(actionData);
  const problem = actionData?.problem ?? loaderData.problem;
  if (problem) return <LinkProblem reason={problem} />;
  const errors = actionData?.errors ?? {};
  return (
    <section className="auth-card" aria-labelledby="reset-title">
      <title>{`${t("reset.title")} · ${t("common:appName")}`}</title>
      <h1 id="reset-title" className="page__title">
        {t("reset.title")}
      </h1>
      <p className="auth-card__intro">{t("reset.intro")}</p>
      <Form method="post" noValidate className="auth-form" ref={formRef}>
        <FormField
          name="password"
          type="password"
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint")}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          error={errors.password}
        />
        <FormField
          name="confirmPassword"
          type="password"
          label={t("fields.confirmPassword")}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          error={errors.confirmPassword}
        />
        <div className="auth-card__actions">
          <button type="submit" className="button">
            {t("reset.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
