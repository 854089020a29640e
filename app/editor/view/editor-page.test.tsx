import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/i18n";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import { buildTestPlan } from "../model/test-fixtures";
import { PlanEditorPage } from "./editor-page";
import type { PlanPageData } from "./page-data";
import { PlanTablePage } from "./table/plan-table-page";

function data(canEdit = true): PlanPageData {
  const plan = buildTestPlan();
  return {
    event: { slug: "min-2024", name: "MIN 2024" },
    version: 7,
    publishedVersion: 5,
    canEdit,
    plan,
    violations: validatePlan(plan),
    acknowledgements: [],
  };
}

/** Renders on the server, as the first HTML response is rendered. */
function render(element: React.ReactNode, locale: Locale = "fr"): string {
  const Stub = createRoutesStub([{ path: "/admin/events/:slug/plan/*", Component: () => element }]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub initialEntries={["/admin/events/min-2024/plan"]} />
    </I18nextProvider>,
  );
}

describe("the editor page rendered on the server", () => {
  it("is a shell: a loading state instead of the canvas, and the server's check of the plan", () => {
    const page = data();
    const html = render(<PlanEditorPage data={page} />);
    expect(html).toContain("Chargement du plan…");
    expect(html).not.toContain("<canvas");
    const errors = page.violations.filter((v) => v.severity === "error").length;
    expect(html).toContain(`data-errors="${errors}"`);
    expect(html).toContain("Vérifié par le serveur sur le plan enregistré.");
    expect(html).toContain('href="/admin/events/min-2024/plan/table"');
  });

  it("tells staff the plan is read only, in English too", () => {
    expect(render(<PlanEditorPage data={data(false)} />, "en")).toContain(
      "Read only: only organisers edit the plan.",
    );
  });
});

describe("the table view rendered on the server", () => {
  it("lists the stands with labelled fields, without any canvas", () => {
    const html = render(<PlanTablePage data={data()} />);
    expect(html).toContain("<table");
    expect(html).toContain('aria-label="Code du stand A01"');
    expect(html).toContain('aria-label="Exposant du stand C01"');
    expect(html).toContain("Version 7");
    expect(html).toContain('aria-sort="ascending"');
    expect(html).not.toContain("<canvas");
  });

  it("disables every field for staff", () => {
    const html = render(<PlanTablePage data={data(false)} />);
    expect(html).toMatch(/aria-label="Statut du stand A01" disabled=""/);
    expect(html).not.toContain("Appliquer aux stands sélectionnés");
  });
});
