import { data, Form, Link, redirect, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  getOptionalUser,
  homePathFor,
  redirectWithNewSession,
  safeRedirectPath,
  staleSessionHeaders,
  verifyLogin,
} from "~/models/auth.server";
import { getClientAddress } from "~/models/rate-limit.server";
import { EMAIL_MAX_LENGTH, currentPasswordField, emailField, redirectToField } from "./fields";
import { FormAlert, FormField, useFocusOnErrors } from "./form-field";
import { echoText, parseForm, type FieldErrors } from "./form.server";
import authStyles from "./auth.css?url";
import type { Route } from "./+types/login";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: authStyles }];

type LoginField = "email" | "password";
const NO_FIELD_ERRORS: FieldErrors<LoginField> = {};

const LoginForm = z.object({
  email: emailField,
  password: currentPasswordField,
  redirectTo: redirectToField,
});

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"));
  const user = await getOptionalUser(request);
  if (user) throw redirect(redirectTo ?? homePathFor(user));
  // A dead cookie (tampered, unknown, expired) is dropped here rather than shown as an error.
  return data(
    { redirectTo, passwordChanged: url.searchParams.get("reset") === "done" },
    { headers: await staleSessionHeaders(request) },
  );
}

export async function action({ request }: Route.ActionArgs) {
  const parsed = await parseForm(request, LoginForm);
  const email = echoText(parsed.raw, "email", EMAIL_MAX_LENGTH);
  if (!parsed.ok)
    return data(
      { errors: parsed.errors as FieldErrors<LoginField>, formError: null, email },
      { status: 400 },
    );

  const { password, redirectTo } = parsed.data;
  const result = await verifyLogin({
    email: parsed.data.email,
    password,
    clientAddress: getClientAddress(request),
  });
  if (result.ok)
    return redirectWithNewSession(result.user.id, safeRedirectPath(redirectTo) ?? homePathFor(result.user));
  if (result.reason === "locked") {
    const seconds = Math.max(1, Math.ceil((result.lockedUntil.getTime() - Date.now()) / 1000));
    return data(
      {
        errors: NO_FIELD_ERRORS,
        formError: { code: "locked" as const, minutes: Math.ceil(seconds / 60) },
        email,
      },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  return data(
    { errors: NO_FIELD_ERRORS, formError: { code: "credentials" as const, minutes: 0 }, email },
    { status: 401 },
  );
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["auth", "common"]);
  const formRef = useFocusOnErrors(actionData);
  const submitting = useNavigation().state === "submitting";
  const errors = actionData?.errors ?? NO_FIELD_ERRORS;
  const formError = actionData?.formError;
  return (
    <section className="auth-card" aria-labelledby="login-title">
      <title>{`${t("login.title")} · ${t("common:appName")}`}</title>
      <h1 id="login-title" className="page__title">
        {t("login.title")}
      </h1>
      <p className="auth-card__intro">{t("login.intro")}</p>
      {loaderData.passwordChanged && !actionData ? (
        <p className="form-notice" role="status">
          {t("login.passwordChanged")}
        </p>
      ) : null}
      <Form method="post" noValidate className="auth-form" ref={formRef}>
        {formError ? (
          <FormAlert>
            {formError.code === "locked"
              ? t("errors.locked", { minutes: String(formError.minutes) })
              : t("errors.credentials")}
          </FormAlert>
        ) : null}
        {loaderData.redirectTo ? (
          <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        ) : null}
        <FormField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="username"
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <FormField
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          error={errors.password}
        />
        <div className="auth-card__actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t("login.submitting") : t("login.submit")}
          </button>
          <Link to="/forgot-password">{t("login.forgot")}</Link>
        </div>
      </Form>
    </section>
  );
}
