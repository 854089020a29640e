import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { getI18n, type Locale } from "~/i18n/i18n";

/** Server-renders one route component at `url` in a locale, with its loader data given up front. */
export function renderRoute(
  locale: Locale,
  Component: ComponentType,
  url = "/",
  loaderData?: unknown,
): string {
  const Stub = createRoutesStub([{ id: "page", path: url.split("?")[0], Component }]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub initialEntries={[url]} hydrationData={{ loaderData: { page: loaderData ?? null } }} />
    </I18nextProvider>,
  );
}

/**
 * Visible text, tags stripped, so assertions read like what a person sees. Only ASCII whitespace
 * is collapsed: the (narrow) no-break spaces of French numbers must survive.
 */
export function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/[ \t\n\r]+/g, " ");
}
