import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/i18n";
import ForgotPassword from "./forgot-password";
import Invite from "./invite";
import Login from "./login";
import ResetPassword from "./reset-password";

// Server-renders each page through createRoutesStub, with the data its loader and action would return,
// and checks what assistive technologies rely on: labels, aria-invalid, aria-describedby, alerts.
function render(
  Component: React.ComponentType<never>,
  {
    path,
    loaderData,
    actionData,
    locale = "fr",
  }: { path: string; loaderData: unknown; actionData?: unknown; locale?: Locale },
): string {
  const Stub = createRoutesStub([
    {
      id: "page",
      path,
      Component: Component as React.ComponentType,
      loader: () => loaderData,
      action: () => actionData,
    },
  ]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub
        initialEntries={[path.replace(":token", "t")]}
        hydrationData={{
          loaderData: { page: loaderData },
          ...(actionData ? { actionData: { page: actionData } } : {}),
        }}
      />
    </I18nextProvider>,
  );
}

/** The attributes of the input labelled `label`, found through the label's `for`. */
function inputFor(html: string, label: string): Record<string, string> {
  const id = html.match(new RegExp(`<label for="([^"]+)"[^>]*>${label}</label>`))?.[1];
  if (!id) throw new Error(`no label "${label}"`);
  const tag = html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
  return Object.fromEntries(
    [...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [(m[1] ?? "").toLowerCase(), m[2] ?? ""]),
  );
}

function textOfId(html: string, id: string): string {
  return html.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1] ?? "";
}

const loginData = { redirectTo: null, passwordChanged: false };

describe("login page", () => {
  it("is French by default with labelled fields and no error state", () => {
    const html = render(Login, { path: "/login", loaderData: loginData });
    expect(html).toContain("<h1");
    expect(html).toContain("Connexion");
    expect(html).toContain(">Se connecter</button>");
    expect(inputFor(html, "Adresse e-mail")).toMatchObject({
      type: "email",
      name: "email",
      autocomplete: "username",
    });
    expect(inputFor(html, "Mot de passe")).toMatchObject({ type: "password", name: "password" });
    expect(inputFor(html, "Mot de passe")["aria-invalid"]).toBeUndefined();
    expect(html).not.toContain('role="alert"');
  });

  it("ties each field error to its field", () => {
    const html = render(Login, {
      path: "/login",
      loaderData: loginData,
      actionData: { errors: { email: "emailInvalid", password: "required" }, formError: null, email: "nope" },
    });
    const email = inputFor(html, "Adresse e-mail");
    expect(email["aria-invalid"]).toBe("true");
    expect(email.value).toBe("nope");
    expect(textOfId(html, email["aria-describedby"] ?? "")).toBe(
      "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
    );
    expect(textOfId(html, inputFor(html, "Mot de passe")["aria-describedby"] ?? "")).toBe(
      "Ce champ est obligatoire.",
    );
  });

  it("announces wrong credentials and a lock-out in an alert", () => {
    const wrong = render(Login, {
      path: "/login",
      loaderData: loginData,
      actionData: { errors: {}, formError: { code: "credentials", minutes: 0 }, email: "a@b.fr" },
    });
    expect(wrong).toMatch(/role="alert"[^>]*>E-mail ou mot de passe incorrect\.</);
    const locked = render(Login, {
      path: "/login",
      loaderData: loginData,
      actionData: { errors: {}, formError: { code: "locked", minutes: 15 }, email: "a@b.fr" },
      locale: "en",
    });
    expect(locked).toContain("Too many login attempts. For your security, logging in is blocked for 15 min.");
  });

  it("is complete in English, and keeps a safe redirectTo in the form", () => {
    const html = render(Login, {
      path: "/login",
      loaderData: { redirectTo: "/admin/outbox", passwordChanged: true },
      locale: "en",
    });
    expect(html).toContain(">Log in</button>");
    expect(inputFor(html, "E-mail address").name).toBe("email");
    expect(html).toContain('name="redirectTo" value="/admin/outbox"');
    expect(html).toContain("Your password has been changed.");
  });
});

describe("password and invitation pages", () => {
  it("forgot-password shows only the neutral message once sent", () => {
    const html = render(ForgotPassword, {
      path: "/forgot-password",
      loaderData: null,
      actionData: { sent: true, errors: {}, email: "" },
    });
    expect(html).toContain("Si un compte existe pour cette adresse");
    expect(html).not.toContain("<input");
  });

  it("reset-password describes the new password with its hint and its error", () => {
    const html = render(ResetPassword, {
      path: "/reset-password/:token",
      loaderData: { problem: null },
      actionData: {
        problem: null,
        errors: { password: "passwordTooShort", confirmPassword: "passwordMismatch" },
      },
    });
    const password = inputFor(html, "Nouveau mot de passe");
    const [hintId, errorId] = (password["aria-describedby"] ?? "").split(" ");
    expect(textOfId(html, hintId ?? "")).toContain("Au moins 12 caractères");
    expect(textOfId(html, errorId ?? "")).toBe("Le mot de passe doit contenir au moins 12 caractères.");
    expect(inputFor(html, "Confirmer le mot de passe")["aria-invalid"]).toBe("true");
  });

  it.each([
    ["expired", "Ce lien a expiré"],
    ["used", "Ce lien a déjà servi"],
    ["invalid", "Ce lien n’est pas valide"],
  ] as const)("a %s link gets a clear page that offers a new link", (problem, title) => {
    const html = render(ResetPassword, {
      path: "/reset-password/:token",
      loaderData: { problem, errors: {} },
    });
    expect(html).toContain(title);
    expect(html).toContain('href="/forgot-password"');
    expect(html).not.toContain("<input");
  });

  it("invite shows the address being activated and a name field", () => {
    const html = render(Invite, {
      path: "/invite/:token",
      loaderData: { problem: null, email: "lea@studio.example", name: "Léa" },
      locale: "en",
    });
    expect(html).toContain("Choose a password to activate the account lea@studio.example.");
    expect(inputFor(html, "Your name").value).toBe("Léa");
    expect(html).toContain(">Activate my account</button>");
  });
});
