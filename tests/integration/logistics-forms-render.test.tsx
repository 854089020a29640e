import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import LogisticsChecklist from "~/routes/portal/logistics/index";
import LogisticsForm from "~/routes/portal/logistics/form";
import LogisticsSettings from "~/routes/admin/logistics/settings";
import { settle } from "./auth-fixtures";
import {
  buildLogisticsWorld,
  getLogistics,
  postLogistics,
  setForm,
  type World,
} from "./logistics-forms-fixtures";
import { loader as settingsLoader } from "~/routes/admin/logistics/settings";
import { buildRequest } from "./shell-fixtures";
import { renderRoute, visibleText } from "./shell-render-helpers";

useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await buildLogisticsWorld("render-2030");
  await postLogistics(
    w.apps.own.id,
    "electrical",
    { intent: "submit", version: "0", kw: "4", phases: "1" },
    w.cookies.own,
  );
  setForm(w.event.id, "safety_rules", { dueAt: new Date(Date.now() - 86_400_000) });
});

const page = (kind: string | null) =>
  `/portal/applications/${w.apps.own.id}/logistics${kind ? `/${kind}` : ""}`;

describe("the exhibitor's logistics pages, rendered", () => {
  it("lists each form with its status and deadline, in French and in English", async () => {
    const data = (await getLogistics(w.apps.own.id, null, w.cookies.own)).body;
    const fr = visibleText(renderRoute("fr", LogisticsChecklist as never, page(null), data));
    expect(fr).toContain("Commande électrique");
    expect(fr).toContain("Envoyé");
    expect(fr).toContain("En retard");
    expect(fr).toMatch(/1 sur 9 formulaires obligatoires envoyés/);
    const en = visibleText(renderRoute("en", LogisticsChecklist as never, page(null), data));
    expect(en).toContain("Electrical order");
    expect(en).toContain("Late");
  });

  it("renders every form page; a late one says it can no longer be submitted", async () => {
    for (const kind of [
      "electrical",
      "furniture",
      "badges",
      "load_in",
      "vehicle",
      "insurance",
      "fire_rating",
      "machines",
      "safety_rules",
    ]) {
      const data = (await getLogistics(w.apps.own.id, kind, w.cookies.own)).body;
      const html = renderRoute("fr", LogisticsForm as never, page(kind), data);
      expect(html).toContain("<form");
      if (kind === "safety_rules") {
        expect(visibleText(html)).toContain("ne peut plus être envoyé");
        expect(html).not.toContain('value="submit"');
      }
      if (kind === "furniture") expect(visibleText(html)).toMatch(/12,00\s€/);
      if (kind === "badges") expect(visibleText(html)).toContain("Vous avez droit à 4 badges");
      if (kind === "insurance") expect(html).toContain('type="file"');
    }
  });

  it("renders the organisers' settings page", async () => {
    const request = buildRequest(`/admin/events/${w.event.slug}/logistics/settings`, w.cookies.organiser);
    const data = (
      await settle(() => settingsLoader({ request, params: { slug: w.event.slug }, context: {} } as never))
    ).body;
    const text = visibleText(
      renderRoute("en", LogisticsSettings as never, `/admin/events/${w.event.slug}/logistics/settings`, data),
    );
    expect(text).toContain("Furniture catalogue");
    expect(text).toContain("Load-in and load-out slots");
  });
});
