import { I18nextProvider } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import { AppHeader } from "./components/app-header";
import { ErrorPage } from "./components/error-page";
import { SkipLink } from "./components/skip-link";
import { DEFAULT_LOCALE, getI18n } from "./i18n/i18n";
import { resolveLocale } from "./i18n/locale.server";
import { getOptionalUser } from "./models/auth.server";
import type { loader as adminLayoutLoader } from "./routes/admin/layout";
import { skipRevalidationAfterUnreachableAction } from "./routes/admin/plan/should-revalidate";
import baseStyles from "./styles/base.css?url";
import dashboardStyles from "./styles/dashboard.css?url";
import shellStyles from "./styles/shell.css?url";
import type { Route } from "./+types/root";

// Inline, so browsers do not ask for /favicon.ico (a 404 that would show as a console error).
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14212b"/>' +
      '<rect x="3" y="3" width="3" height="10" fill="#5ec4cc"/><rect x="10" y="3" width="3" height="10" fill="#5ec4cc"/></svg>',
  );

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: FAVICON, type: "image/svg+xml" },
  ...[baseStyles, shellStyles, dashboardStyles].map((href) => ({ rel: "stylesheet", href })),
];

// The editor's unsaved edits outlive a network drop or an ended session (plan/index.tsx).
export const shouldRevalidate = skipRevalidationAfterUnreachableAction;

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getOptionalUser(request);
  return {
    locale: resolveLocale(request, user),
    // Only what the header shows: root data is serialised into every page.
    user: user ? { name: user.name, email: user.email, role: user.role } : null,
  };
}

/**
 * Renders for pages and error pages alike, so it reads the root data defensively: when the root
 * loader itself failed there is none, and the page falls back to French.
 */
export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const admin = useRouteLoaderData<typeof adminLayoutLoader>("routes/admin/layout");
  const locale = root?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {/* The same i18next instance on server and client: the locale comes from loader data. */}
        <I18nextProvider i18n={getI18n(locale)}>
          <SkipLink />
          <AppHeader user={root?.user ?? null} admin={admin ?? null} />
          <main id="main-content" tabIndex={-1} className="app-main">
            {children}
          </main>
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status} details={import.meta.env.DEV ? describeError(error) : undefined} />;
}

function describeError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}\n${String(error.data ?? "")}`;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
