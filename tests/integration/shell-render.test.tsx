import type { ComponentType } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { AppHeader, type AdminContext } from "~/components/app-header";
import { ErrorBoundary } from "~/root";
import EventHome, { loader as eventHomeLoader } from "~/routes/admin/event-home";
import EmptyAdmin from "~/routes/admin/index";
import {
  assign,
  buildRequest,
  insertApplication,
  insertEvent,
  insertHall,
  insertOrganisation,
  insertStand,
  insertTestUser,
  insertVenue,
  linkVenue,
  routeArgs,
  sessionCookieFor,
} from "./shell-fixtures";
import { renderRoute, visibleText } from "./shell-render-helpers";

useTestDatabase();

const render = renderRoute;
const text = visibleText;

let dashboardData: unknown;

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07", { endsOn: "2024-11-08", name: "MIN 2024" });
  const venue = insertVenue("La Cartonnerie", "Marseille");
  linkVenue(event.id, venue.id, 0);
  const hall = insertHall(event.id, venue.id, "cartonnerie", 1250);
  const stand = insertStand(hall, "A01", [40, 30], "assigned");
  const application = insertApplication(event.id, insertOrganisation("lumen").id, "accepted", 1300.5);
  assign(stand.id, application.id);
  insertApplication(event.id, insertOrganisation("nova").id, "submitted", 3);
  const organiser = insertTestUser("orga@test.example", "organiser");
  const request = buildRequest("/admin/events/min-2024", await sessionCookieFor(organiser.id));
  dashboardData = await eventHomeLoader(routeArgs(request, { slug: "min-2024" }));
});

describe("the event home", () => {
  it("writes dates and numbers the French way", () => {
    const page = text(render("fr", EventHome as ComponentType, "/admin/events/min-2024", dashboardData));
    expect(page).toContain("MIN 2024");
    expect(page).toContain("du 7 novembre 2024 au 8 novembre 2024");
    expect(page).toContain("1\u202f300,5 kW sur 1\u202f250 kW de puissance des halls");
    expect(page).toContain("Dépassement de 50,5 kW");
    expect(page).toContain("1\u202f200 m² sur 1\u202f200 m² de stands");
    expect(page).toContain("acceptée");
  });

  it("writes them the British way in English", () => {
    const page = text(render("en", EventHome as ComponentType, "/admin/events/min-2024", dashboardData));
    expect(page).toContain("7 November 2024 to 8 November 2024");
    expect(page).toContain("1,300.5 kW of 1,250 kW of hall supply");
    expect(page).toContain("Over by 50.5 kW");
  });

  it("draws the funnel as an SVG image with a text alternative", () => {
    const html = render("en", EventHome as ComponentType, "/admin/events/min-2024", dashboardData);
    expect(html).toMatch(/<svg class="funnel-chart"[^>]*role="img"/);
    expect(html).toContain("<title");
    expect(text(html)).toContain("Submitted: 2, Reviewed: 1, Accepted: 1, Confirmed: 0");
  });

  it("shows an empty state when there is no event", () => {
    const page = text(render("en", EmptyAdmin as ComponentType, "/admin"));
    expect(page).toContain("No event yet");
  });
});

describe("the header", () => {
  const admin: AdminContext = {
    events: [
      { slug: "min-2025", name: "MIN 2025" },
      { slug: "min-2024", name: "MIN 2024" },
    ],
    currentSlug: "min-2024",
  };
  const organiser = { name: "Camille", email: "c@test.example", role: "organiser" } as const;

  it("gives organisers the event switcher, the navigation and their account", () => {
    const html = render(
      "fr",
      () => <AppHeader user={organiser} admin={admin} />,
      "/admin/events/min-2024/plan?x=1",
    );
    expect(html).toContain('href="/admin/events/min-2025/plan"');
    expect(html).toContain('href="/admin/events/min-2024"');
    expect(html).toContain('href="/admin/outbox"');
    expect(text(html)).toContain("Camille Équipe organisatrice");
    expect(html).toMatch(/<form action="\/logout" method="post">/);
    expect(text(html)).toContain("Se déconnecter");
  });

  it("keeps the outbox from staff", () => {
    const staff = { ...organiser, role: "staff" } as const;
    const html = render("en", () => <AppHeader user={staff} admin={admin} />, "/admin/events/min-2024");
    expect(html).not.toContain('href="/admin/outbox"');
    expect(text(html)).toContain("Technical staff");
  });

  it("has a language switch that works without JavaScript and comes back to the page", () => {
    const html = render("en", () => <AppHeader user={null} admin={null} />, "/login?redirectTo=%2Fportal");
    expect(html).toMatch(/<form [^>]*action="\/settings\/language" method="post"/);
    expect(html).toContain('name="redirectTo" value="/login?redirectTo=%2Fportal"');
    expect(html).toMatch(
      /<button type="submit" value="en" lang="en" aria-pressed="true"[^>]*name="locale">English</,
    );
    expect(html).toMatch(
      /<button type="submit" value="fr" lang="fr" aria-pressed="false"[^>]*name="locale">Français</,
    );
    expect(html).not.toContain("/logout");
  });
});

describe("the error page", () => {
  const boundary = (error: unknown) => () => (
    <ErrorBoundary {...({ error } as Parameters<typeof ErrorBoundary>[0])} />
  );

  it.each([
    ["fr", 404, "Page introuvable"],
    ["en", 404, "Page not found"],
    ["fr", 403, "Accès refusé"],
    ["en", 500, "Something went wrong"],
  ] as const)("in %s, for %i, says %s", (locale, status, title) => {
    const error = status === 500 ? new Error("boom") : new Response(null, { status });
    const html = render(locale, boundary(status === 500 ? error : routeError(status)));
    expect(text(html)).toContain(title);
    expect(html).toMatch(/<h1[^>]*>/);
  });

  it("shows the stack in development only", () => {
    const error = new Error("database exploded");
    expect(render("en", boundary(error))).toContain("database exploded");
    vi.stubEnv("DEV", false);
    try {
      const html = render("en", boundary(error));
      expect(html).not.toContain("database exploded");
      expect(text(html)).toContain("Something went wrong");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

/** What React Router hands the boundary for a thrown `Response` (status and text). */
function routeError(status: number) {
  return { status, statusText: "", internal: false, data: "", [Symbol.for("ErrorResponse")]: true };
}
