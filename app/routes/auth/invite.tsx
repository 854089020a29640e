import { data, Form } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { acceptInvitation, getInvitation } from "~/models/account.server";
import type { TokenFailure } from "~/models/auth-token.server";
import { homePathFor, redirectWithNewSession, toSessionUser } from "~/models/auth.server";
import {
  confirmPasswordField,
  nameField,
  NAME_MAX_LENGTH,
  newPasswordField,
  PASSWORD_MAX_LENGTH,
  passwordsMatch,
} from "./fields";
import { FormField, useFocusOnErrors } from "./form-field";
import { echoText, parseForm, type FieldErrors } from "./form.server";
import { LinkProblem } from "./link-problem";
import authStyles from "./auth.css?url";
import type { Route } from "./+types/invite";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: authStyles }];

// The token is in the URL: keep it out of the Referer sent to any other site.
export const headers: Route.HeadersFunction = () => ({ "Referrer-Policy": "no-referrer" });

type InviteField = "name" | "password" | "confirmPassword";
const InviteForm = z
  .object({ name: nameField, password: newPasswordField, confirmPassword: confirmPasswordField })
  .refine(passwordsMatch, { error: "passwordMismatch", path: ["confirmPassword"] });

function linkProblem(reason: TokenFailure) {
  return data(
    { problem: reason, email: "", name: "", errors: {} as FieldErrors<InviteField> },
    { status: reason === "invalid" ? 404 : 410, headers: { "Referrer-Policy": "no-referrer" } },
  );
}

export function loader({ params }: Route.LoaderArgs) {
  const invitation = getInvitation(params.token);
  if (!invitation.ok) return linkProblem(invitation.reason);
  return { problem: null, email: invitation.email, name: invitation.name };
}

export async function action({ request, params }: Route.ActionArgs) {
  const invitation = getInvitation(params.token);
  if (!invitation.ok) return linkProblem(invitation.reason);
  const parsed = await parseForm(request, InviteForm);
  if (!parsed.ok) {
    const errors = parsed.errors as FieldErrors<InviteField>;
    return data(
      { problem: null, email: invitation.email, name: echoText(parsed.raw, "name", NAME_MAX_LENGTH), errors },
      { status: 400 },
    );
  }
  const result = await acceptInvitation(params.token, parsed.data);
  if (!result.ok) return linkProblem(result.reason);
  const user = toSessionUser(result.user);
  return redirectWithNewSession(user.id, homePathFor(user));
}

export default function Invite({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["auth", "common"]);
  const formRef = useFocusOnErrors(actionData);
  const problem = actionData?.problem ?? loaderData.problem;
  if (problem) return <LinkProblem reason={problem} />;
  const errors = actionData?.errors ?? {};
  return (
    <section className="auth-card" aria-labelledby="invite-title">
      <title>{`${t("invite.title")} · ${t("common:appName")}`}</title>
      <h1 id="invite-title" className="page__title">
        {t("invite.title")}
      </h1>
      <p className="auth-card__intro">{t("invite.intro", { email: loaderData.email })}</p>
      <Form method="post" noValidate className="auth-form" ref={formRef}>
        <FormField
          name="name"
          label={t("fields.name")}
          autoComplete="name"
          maxLength={NAME_MAX_LENGTH}
          defaultValue={actionData?.name ?? loaderData.name}
          error={errors.name}
        />
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
            {t("invite.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
