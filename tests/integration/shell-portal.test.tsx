import type { ComponentType } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { getExhibitorPortal } from "~/models/portal.server";
import PortalHome, { loader as portalLoader } from "~/routes/portal/index";
import { loader as portalLayoutLoader } from "~/routes/portal/layout";
import {
  assign,
  buildRequest,
  catchResponse,
  insertApplication,
  insertEvent,
  insertHall,
  insertOrganisation,
  insertStand,
  insertTestUser,
  insertVenue,
  routeArgs,
  sessionCookieFor,
} from "./shell-fixtures";
import { renderRoute, visibleText } from "./shell-render-helpers";

useTestDatabase();

const ids = { lumen: 0, rival: 0, newcomer: 0 };
const cookies = { lumen: "", rival: "", newcomer: "", organiser: "", staff: "" };

beforeAll(async () => {
  const published = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024", publishedPlanVersion: 1 });
  const draftPlan = insertEvent("min-2025", "2025-11-06", { name: "MIN 2025" });
  const venue = insertVenue("La Cartonnerie", "Marseille");
  const hall2024 = insertHall(published.id, venue.id, "cartonnerie", 108);
  const hall2025 = insertHall(draftPlan.id, venue.id, "cartonnerie", 108);

  const lumen = insertOrganisation("lumen");
  const rival = insertOrganisation("rival");
  const newcomer = insertOrganisation("newcomer");
  Object.assign(ids, { lumen: lumen.id, rival: rival.id, newcomer: newcomer.id });

  const lumen2024 = insertApplication(published.id, lumen.id, "confirmed", 6);
  assign(insertStand(hall2024, "A12", [6, 3], "assigned").id, lumen2024.id);
  assign(insertStand(hall2024, "A13", [2.5, 3], "assigned").id, lumen2024.id);
  const lumen2025 = insertApplication(draftPlan.id, lumen.id, "accepted", 6);
  assign(insertStand(hall2025, "C01", [3, 3], "assigned").id, lumen2025.id);
  const rival2024 = insertApplication(published.id, rival.id, "in_review", 3);
  assign(insertStand(hall2024, "B07", [4, 3], "assigned").id, rival2024.id);

  cookies.lumen = await sessionCookieFor(insertTestUser("lumen@test.example", "exhibitor", lumen.id).id);
  cookies.rival = await sessionCookieFor(insertTestUser("rival@test.example", "exhibitor", rival.id).id);
  cookies.newcomer = await sessionCookieFor(insertTestUser("new@test.example", "exhibitor", newcomer.id).id);
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@test.example", "organiser").id);
  cookies.staff = await sessionCookieFor(insertTestUser("staff@test.example", "staff").id);
});

describe("getExhibitorPortal", () => {
  it("returns the organisation's applications, most recent event first, with its own stands only", () => {
    expect(getExhibitorPortal(ids.lumen)).toEqual({
      organisation: { name: "Organisation lumen" },
      applications: [
        {
          id: expect.any(Number),
          event: { slug: "min-2025", name: "MIN 2025", startsOn: "2025-11-06", endsOn: "2025-11-06" },
          status: "accepted",
          // The 2025 plan is not published: C01 is the organisers' draft, not for exhibitors' eyes yet.
          planPublished: false,
          stands: [],
        },
        {
          id: expect.any(Number),
          event: { slug: "min-2024", name: "MIN 2024", startsOn: "2024-11-07", endsOn: "2024-11-07" },
          status: "confirmed",
          planPublished: true,
          stands: [
            { code: "A12", hallName: "Hall cartonnerie", areaM2: 18 },
            { code: "A13", hallName: "Hall cartonnerie", areaM2: 7.5 },
          ],
        },
      ],
    });
  });

  it("never mixes in another organisation's application or stand", () => {
    const rival = getExhibitorPortal(ids.rival);
    expect(rival?.applications).toHaveLength(1);
    expect(rival?.applications[0]?.stands.map((s) => s.code)).toEqual(["B07"]);
  });

  it("is empty for an organisation without applications, and null for an unknown one", () => {
    expect(getExhibitorPortal(ids.newcomer)).toEqual({
      organisation: { name: "Organisation newcomer" },
      applications: [],
    });
    expect(getExhibitorPortal(999_999)).toBeNull();
  });
});

describe("/portal", () => {
  it("shows each exhibitor its own organisation, whatever the URL says", async () => {
    const request = buildRequest("/portal?organisationId=" + ids.rival, cookies.lumen);
    const data = await portalLoader(routeArgs(request));
    expect(data.portal.organisation.name).toBe("Organisation lumen");
    expect(data.portal.applications.flatMap((a) => a.stands.map((s) => s.code))).toEqual(["A12", "A13"]);
  });

  it.each(["organiser", "staff"] as const)("answers 403 to %s users", async (role) => {
    for (const load of [portalLoader, portalLayoutLoader]) {
      const response = await catchResponse(() => load(routeArgs(buildRequest("/portal", cookies[role]))));
      expect(response.status).toBe(403);
    }
  });

  it("says the status in words, and the stands once the plan is published", async () => {
    const data = await portalLoader(routeArgs(buildRequest("/portal", cookies.lumen)));
    const fr = visibleText(renderRoute("fr", PortalHome as ComponentType, "/portal", data));
    expect(fr).toContain("Statut\u00a0: confirmée");
    expect(fr).toContain("A12 Hall cartonnerie 18 m²");
    expect(fr).toContain("A13 Hall cartonnerie 7,5 m²");
    expect(fr).toContain("Statut\u00a0: acceptée");
    expect(fr).toContain("Votre stand s’affichera ici dès la publication du plan.");
    expect(fr).not.toContain("C01");
    const en = visibleText(renderRoute("en", PortalHome as ComponentType, "/portal", data));
    expect(en).toContain("Status: confirmed");
    expect(en).toContain("A13 Hall cartonnerie 7.5 m²");
  });

  it("shows an empty state to an organisation without applications", async () => {
    const data = await portalLoader(routeArgs(buildRequest("/portal", cookies.newcomer)));
    expect(visibleText(renderRoute("fr", PortalHome as ComponentType, "/portal", data))).toContain(
      "Aucune candidature pour l’instant",
    );
  });

  it("sends an anonymous visitor to the login page", async () => {
    const response = await catchResponse(() => portalLoader(routeArgs(buildRequest("/portal"))));
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fportal");
  });
});
