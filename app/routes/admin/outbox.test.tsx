import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/i18n";
import Outbox from "./outbox";

function render(loaderData: unknown, locale: Locale = "fr", url = "/admin/outbox"): string {
  const Stub = createRoutesStub([
    {
      id: "outbox",
      path: "/admin/outbox",
      Component: Outbox as React.ComponentType,
      loader: () => loaderData,
    },
  ]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub initialEntries={[url]} hydrationData={{ loaderData: { outbox: loaderData } }} />
    </I18nextProvider>,
  );
}

const at = new Date("2024-11-07T09:30:00Z");
const row = {
  id: 7,
  to: "lea@studio.example",
  subject: "Votre accès à Allée",
  template: "invite",
  locale: "fr",
  createdAt: at,
  sentAt: null,
  error: null,
};

describe("outbox page", () => {
  it("says plainly that there is no e-mail yet", () => {
    const html = render({
      query: { page: 1, q: "" },
      message: null,
      list: { messages: [], total: 0, page: 1, pageCount: 1, pageSize: 50 },
    });
    expect(html).toContain("Aucun e-mail pour l’instant");
    expect(html).not.toContain("<table");
  });

  it("says when a search finds nothing, in English too", () => {
    const html = render(
      {
        query: { page: 1, q: "zzz" },
        message: null,
        list: { messages: [], total: 0, page: 1, pageCount: 1, pageSize: 50 },
      },
      "en",
    );
    expect(html).toContain("No e-mail matches “zzz”");
    expect(html).toContain("Clear the search");
  });

  it("lists messages with their state and pages through them", () => {
    const failed = { ...row, id: 8, subject: "Échec", error: "ECONNREFUSED" };
    const sent = { ...row, id: 9, subject: "Parti", sentAt: at };
    const html = render({
      query: { page: 2, q: "" },
      message: null,
      list: { messages: [row, failed, sent], total: 120, page: 2, pageCount: 3, pageSize: 50 },
    });
    expect(html).toContain("Messages : 120");
    expect(html).toContain("Non distribué");
    expect(html).toContain('class="outbox-status--failed">Échec');
    expect(html).toContain("Distribué · 07/11/2024 10:30");
    expect(html).toContain(">Invitation<");
    expect(html).toContain("Page 2 sur 3");
    expect(html).toContain('href="/admin/outbox?page=3"');
    expect(html).toContain('href="/admin/outbox?id=7&amp;page=2"');
  });

  it("shows one message with its text body", () => {
    const message = { ...row, text: "Bonjour Léa,\n\n<b>pas du HTML</b>", html: "<p>x</p>" };
    const html = render({ query: { page: 1, q: "", id: 7 }, message, list: null });
    expect(html).toContain("Message n° 7");
    expect(html).toContain("<pre>Bonjour Léa,\n\n&lt;b&gt;pas du HTML&lt;/b&gt;</pre>");
    expect(html).toContain("Retour à la liste");
  });
});
