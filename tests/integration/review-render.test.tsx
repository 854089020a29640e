import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { getI18n, type Locale } from "~/i18n/i18n";
import EventHome, { loader as eventHomeLoader } from "~/routes/admin/event-home";
import Detail, { loader as detailLoader } from "~/routes/admin/applications/detail";
import List, { loader as listLoader } from "~/routes/admin/applications/index";
import Templates, { loader as templatesLoader } from "~/routes/admin/email-templates";
import { visibleText } from "./shell-render-helpers";
import {
  buildRequest,
  insertApp,
  insertEvent,
  insertOrg,
  insertRoleUsers,
  insertScore,
  routeArgs,
} from "./review-fixtures";

useTestDatabase();

/** Server-renders a route component with its loader (and optional action) data, as the framework would. */
function render(
  locale: Locale,
  Component: ComponentType,
  url: string,
  loaderData: unknown,
  actionData?: unknown,
) {
  const Stub = createRoutesStub([{ id: "page", path: url.split("?")[0], Component }]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub
        initialEntries={[url]}
        hydrationData={{
          loaderData: { page: loaderData },
          ...(actionData ? { actionData: { page: actionData } } : {}),
        }}
      />
    </I18nextProvider>,
  );
}

let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let applicationId = 0;
const listUrl = "/admin/events/min-2024/applications";
const slug = { slug: "min-2024" };

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" });
  insertEvent("empty", "2025-01-01", { name: "Empty fair" });
  const lumen = insertOrg("lumen", { name: "Studio Lumen", city: "Marseille", logoSha256: "b".repeat(64) });
  users = await insertRoleUsers(lumen.id);
  applicationId = insertApp(event.id, lumen.id, { status: "in_review", requestedAreaM2: 12 }).id;
  insertApp(event.id, insertOrg("onde", { name: "Atelier Onde" }).id, { status: "submitted" });
  insertScore(applicationId, users.organiser.user.id, 4);
});

const loadList = (search: string, cookie = users.organiser.cookie, params = slug) =>
  listLoader(routeArgs(buildRequest(`${listUrl}${search}`, cookie), params));

describe("the review table", () => {
  it("is an accessible table: caption, column headers, sorted column marked, labelled checkboxes", async () => {
    const html = render("fr", List as ComponentType, `${listUrl}?sort=name`, await loadList("?sort=name"));
    expect(html).toMatch(
      /<caption[^>]*>Candidatures à MIN 2024, triées par Organisation, ordre croissant<\/caption>/,
    );
    expect(html).toMatch(
      /<th scope="col" aria-sort="ascending"><a[^>]*href="\/admin\/events\/min-2024\/applications\?sort=name&amp;dir=desc"/,
    );
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Sélectionner toutes les candidatures de cette page"');
    expect(html).toContain('aria-label="Sélectionner Studio Lumen"');
    expect(html).toMatch(
      /<th scope="row"><a href="\/admin\/events\/min-2024\/applications\/\d+"[^>]*>Atelier Onde<\/a>/,
    );
    const text = visibleText(html);
    expect(text).toContain("Toutes (2)");
    expect(text).toContain("en cours d’examen (1)");
    expect(text).toContain("2 candidatures");
    expect(text).toContain("Vérifier avant d’appliquer");
    expect(html).toContain('href="/admin/events/min-2024/applications/export.csv?sort=name"');
  });

  it("gives staff no selection and no bulk actions", async () => {
    const html = render("en", List as ComponentType, listUrl, await loadList("", users.staff.cookie));
    expect(html).not.toContain('type="checkbox"');
    expect(visibleText(html)).not.toContain("Bulk actions");
    expect(visibleText(html)).not.toContain("Decision e-mail templates");
  });

  it("has one empty state for an event without applications and another for filters that match nothing", async () => {
    const none = await listLoader(
      routeArgs(buildRequest("/admin/events/empty/applications", users.organiser.cookie), { slug: "empty" }),
    );
    expect(
      visibleText(render("en", List as ComponentType, "/admin/events/empty/applications", none)),
    ).toContain("No application yet");
    const html = render("en", List as ComponentType, `${listUrl}?q=zzz`, await loadList("?q=zzz"));
    expect(visibleText(html)).toContain("No application matches these filters");
    expect(html).not.toContain("<table");
  });
});

describe("the detail page", () => {
  const url = () => `${listUrl}/${applicationId}`;
  const load = (cookie: string) =>
    detailLoader(routeArgs(buildRequest(url(), cookie), { slug: "min-2024", id: String(applicationId) }));

  it("shows the logo, the documents' empty state, the scores and only the allowed decisions", async () => {
    const html = render("fr", Detail as ComponentType, url(), await load(users.organiser.cookie));
    expect(html).toMatch(/<img src="\/organisations\/\d+\/logo" alt="Logo de Studio Lumen"/);
    const text = visibleText(html);
    expect(text).toContain("Aucun document pour l’instant");
    expect(text).toContain("Moyenne : 4,0 / 5 (1 avis)");
    expect(text).toMatch(/Accepter.*Mettre en liste d’attente.*Refuser/);
    expect(text).not.toContain("Mettre en examen");
    expect(text).toContain("Ajouter la note");
    expect(text).toContain("Enregistrer ma note");
  });

  it("is read-only for staff", async () => {
    const text = visibleText(render("en", Detail as ComponentType, url(), await load(users.staff.cookie)));
    expect(text).toContain("Only organisers can change the status.");
    expect(text).not.toContain("Add the note");
    expect(text).not.toContain("Save my score");
    expect(text).not.toMatch(/>\s*Accept\s*</);
  });

  it("tells why a decision was refused", async () => {
    const html = render("en", Detail as ComponentType, url(), await load(users.organiser.cookie), {
      intent: "status",
      ok: false,
      reason: "not_allowed",
      from: "rejected",
      to: "accepted",
    });
    expect(html).toMatch(/role="alert"[^>]*>An application cannot move from “rejected” to “accepted”\./);
  });
});

describe("the template page", () => {
  it("lists the placeholders and says which one is unknown next to the field", async () => {
    const url = "/admin/events/min-2024/email-templates?status=accepted";
    const page = await templatesLoader(routeArgs(buildRequest(url, users.organiser.cookie), slug));
    const html = render("en", Templates as ComponentType, url, page, {
      ok: false,
      locale: "fr",
      values: { subject: "Bonjour {{nom}}", body: "Texte" },
      errors: { subject: { code: "unknownPlaceholder", names: ["nom"] } },
    });
    const text = visibleText(html);
    expect(text).toContain("{{organisation}} name of the organisation");
    expect(text).toContain(
      "Unknown placeholder: {{nom}}. Available placeholders: {{organisation}}, {{contact}}, {{event}}, {{status}}, {{portalUrl}}, {{message}}.",
    );
    expect(html).toContain('value="Bonjour {{nom}}"');
    expect(html).toMatch(/<iframe title="Preview with sample values" srcDoc="[^"]*Example Studio/i);
  });
});

describe("the dashboard", () => {
  it("links each funnel stage and each status to the filtered review table", async () => {
    const data = await eventHomeLoader(
      routeArgs(buildRequest("/admin/events/min-2024", users.organiser.cookie), slug),
    );
    const html = render("fr", EventHome as ComponentType, "/admin/events/min-2024", data);
    expect(html).toContain(
      'href="/admin/events/min-2024/applications?status=in_review&amp;status=accepted&amp;status=waitlisted&amp;status=rejected&amp;status=confirmed"',
    );
    expect(html).toContain('href="/admin/events/min-2024/applications?status=confirmed"');
    expect(visibleText(html)).toContain("Examinées (1)");
  });
});
