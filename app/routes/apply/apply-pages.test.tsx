import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/i18n";
import { countryOptions } from "~/models/countries";
import type { StepView } from "~/models/application-form-view.server";
import ApplyStepPage from "./step";

// Server-renders the step page through createRoutesStub with the data its loader and action would
// return, and checks what assistive technologies rely on: labels, groups, aria-invalid, descriptions.
function render(step: string, view: Partial<StepView>, actionData?: unknown, locale: Locale = "fr"): string {
  const loaderData = {
    kind: "step",
    step,
    hasDraft: step !== "organisation",
    startedEmail: null,
    values: {},
    logoUrl: null,
    countries: [],
    pavilions: [],
    candidates: [],
    summary: null,
    missing: [],
    ...view,
  };
  const Stub = createRoutesStub([
    {
      id: "page",
      path: "/apply/:slug/:step",
      Component: ApplyStepPage as React.ComponentType,
      action: () => actionData,
    },
  ]);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <Stub
        initialEntries={[`/apply/min-2030/${step}`]}
        hydrationData={{
          loaderData: { page: loaderData },
          ...(actionData ? { actionData: { page: actionData } } : {}),
        }}
      />
    </I18nextProvider>,
  );
}

/** The attributes of the control labelled `label` (through the label's `for`). */
function controlFor(html: string, label: string): Record<string, string> {
  const id = html.match(new RegExp(`<label for="([^"]+)"[^>]*>${label}</label>`))?.[1];
  if (!id) throw new Error(`no label "${label}"`);
  const tag = html.match(new RegExp(`<(?:input|select|textarea)[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
  return Object.fromEntries(
    [...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
}

/** True when some `<tag>` has all these attributes, whatever their order in the HTML. */
function hasTag(html: string, tag: string, expected: Record<string, string>): boolean {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].some(([element]) => {
    const attrs = Object.fromEntries(
      [...element.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
    );
    return Object.entries(expected).every(([name, value]) => attrs[name] === value);
  });
}

const textOfId = (html: string, id: string) => html.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1] ?? "";

describe("the organisation step", () => {
  const countries = countryOptions("fr");

  it("labels every field, in French by default, and asks the first-timer where to send the link", () => {
    const html = render("organisation", { countries });
    for (const label of [
      "Nom de l’organisation",
      "Forme juridique",
      "SIRET",
      "Code postal",
      "Pays",
      "Secteur",
      "Adresse e-mail",
    ])
      expect(controlFor(html, label).name).toBeTruthy();
    expect(hasTag(html, "form", { method: "post", enctype: "multipart/form-data" })).toBe(true);
    expect(controlFor(html, "Logo \\(facultatif\\)")).toMatchObject({
      type: "file",
      accept: "image/png,image/jpeg",
    });
    expect(html).toMatch(/<legend[^>]*>Vous<\/legend>/);
  });

  it("ties each error to its field and announces the summary", () => {
    const html = render(
      "organisation",
      { countries },
      {
        ok: false,
        status: 400,
        alert: "summary",
        errors: { siret: "siretKey", logo: "logoType" },
        values: { name: "Studio Lumen", siret: "73282932000075" },
      },
    );
    expect(html).toContain('role="alert"');
    const siret = controlFor(html, "SIRET");
    expect(siret["aria-invalid"]).toBe("true");
    expect(siret.value).toBe("73282932000075");
    const [hintId, errorId] = (siret["aria-describedby"] ?? "").split(" ");
    expect(textOfId(html, hintId!)).toContain("14 chiffres");
    expect(textOfId(html, errorId!)).toBe(
      "Ce SIRET n’est pas valide\u00a0: vérifiez les chiffres (la clé de contrôle ne correspond pas).",
    );
    expect(controlFor(html, "Nom de l’organisation")["aria-invalid"]).toBeUndefined();
    expect(html).toContain("vérifiez que le fichier du logo est toujours choisi");
  });

  it("is complete in English", () => {
    const html = render("organisation", { countries: countryOptions("en") }, undefined, "en");
    for (const label of [
      "Organisation name",
      "Legal form",
      "Postcode",
      "Country",
      "Sector",
      "E-mail address",
    ])
      expect(controlFor(html, label).name).toBeTruthy();
    expect(html).toContain("Save and continue");
  });
});

describe("the participation step", () => {
  it("groups radios and checkboxes in fieldsets with a legend, and marks the group in error", () => {
    const html = render(
      "participation",
      { pavilions: [{ code: "pav-sud", name: "Pavillon Sud" }] },
      {
        ok: false,
        status: 400,
        alert: "summary",
        errors: { declarationDetails: "detailsRequired", standKind: "invalidChoice" },
        values: { lasers: "on", standKind: "castle" },
      },
    );
    for (const legend of ["Type de stand", "Surface souhaitée", "Déclarations de sécurité", "Niveau sonore"])
      expect(html).toMatch(new RegExp(`<legend[^>]*>${legend}</legend>`));
    expect(
      hasTag(html, "input", { type: "radio", name: "standKind", value: "shell", "aria-invalid": "true" }),
    ).toBe(true);
    expect(hasTag(html, "input", { type: "checkbox", name: "lasers", value: "on", checked: "" })).toBe(true);
    expect(controlFor(html, "Précisions sur les équipements déclarés")["aria-invalid"]).toBe("true");
    expect(html).toContain(">Pavillon Sud</option>");
  });

  it("does not offer a pavilion stand when the event has no pavilion", () => {
    expect(render("participation", { pavilions: [] })).not.toContain('value="pavilion"');
  });
});

describe("the wishes step", () => {
  it("works without JavaScript: a select of the event's exhibitors and an Add button", () => {
    const html = render("wishes", {
      candidates: [
        { id: 7, name: "Atelier Onde" },
        { id: 8, name: "Phocéa Games" },
      ],
      values: { near: ["7"] },
    });
    expect(hasTag(html, "input", { type: "checkbox", name: "near", value: "7", checked: "" })).toBe(true);
    expect(html).toContain("Atelier Onde");
    expect(hasTag(html, "select", { name: "near" })).toBe(true);
    expect(hasTag(html, "button", { type: "submit", name: "intent", value: "add" })).toBe(true);
    expect(html).toMatch(/<legend[^>]*>Voisins souhaités<\/legend>/);
  });
});
