import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { loader as listsLoader } from "~/routes/admin/exports/lists";
import { loader as pageLoader } from "~/routes/admin/exports/index";
import { loader as planPdfLoader } from "~/routes/admin/exports/plan-pdf";
import { loader as planSvgLoader } from "~/routes/admin/exports/plan-svg";
import { loader as safetyLoader } from "~/routes/admin/exports/safety-file";
import { loader as sheetsLoader } from "~/routes/admin/exports/setup-sheets";
import { insertExportEvent, pdfGlyphs, pdfText } from "./exports-fixtures";
import { buildRequest, catchResponse, routeArgs } from "./shell-fixtures";

useTestDatabase();

let cookies: Awaited<ReturnType<typeof insertExportEvent>>["cookies"];
const SLUG = "min-exports";
const NNBSP = "\u202f";

beforeAll(async () => {
  ({ cookies } = await insertExportEvent(SLUG));
});

type Loader = (args: never) => Promise<Response> | Response;
const call = (
  loader: Loader,
  path: string,
  cookie: string | undefined,
  params: Record<string, string> = {},
) =>
  Promise.resolve(
    loader(
      routeArgs(buildRequest(`/admin/events/${SLUG}/exports${path}`, cookie), { slug: SLUG, ...params }),
    ),
  );
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe("who may download", () => {
  const routes: [string, Loader, string, Record<string, string>][] = [
    ["page", pageLoader as unknown as Loader, "", {}],
    ["setup sheets", sheetsLoader as Loader, "/setup-sheets.pdf", {}],
    ["power plan", listsLoader as Loader, "/lists/power/csv", { list: "power", format: "csv" }],
    ["plan", planPdfLoader as Loader, "/plan.pdf", {}],
    ["safety file", safetyLoader as Loader, "/safety-file.pdf", {}],
  ];

  it.each(routes)("refuses the %s to exhibitors (403)", async (_, loader, path, params) => {
    const response = await catchResponse(() => call(loader, path, cookies.exhibitor, params));
    expect(response.status).toBe(403);
  });

  it.each(routes)("sends visitors of the %s to the login page", async (_, loader, path, params) => {
    const response = await catchResponse(() => call(loader, path, undefined, params));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("setup sheets", () => {
  it("prints one stand in French: code, figures with French digits, accents, logistics", async () => {
    const response = await call(
      sheetsLoader as Loader,
      "/setup-sheets.pdf?stands=A01&lang=fr",
      cookies.staff,
    );
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="fiche-implantation-min-exports-A01.pdf"',
    );
    expect(response.headers.get("X-Export-Pages")).toBe("1");
    const [page, ...rest] = await pdfText(await bytes(response));
    expect(rest).toEqual([]);
    expect(page).toContain("Fiche d’implantation");
    expect(page).toContain("A01");
    expect(page).toContain("Marché des Imaginaires Numériques");
    expect(page).toContain("Studio Lumen, « Réalité » étendue");
    expect(page).toContain("Zoë Régisseuse");
    expect(page).toContain("3,23 kW · triphasé · coffret coffret-1 · alimentation 24 h/24");
    expect(page).toContain("3 × 3 m");
    expect(page).toContain("3 (en péninsule) : haut, bas, gauche");
    expect(page).toContain("4 × Chaise pliante (CH-01)");
    expect(page).toContain("Léa Müller (exposant)");
    expect(page).toContain("06/11/2024 08:00 – 09:00");
    expect(page).toContain("AB-123-CD · L 5,5 m · H 2,4 m");
    expect(page).toContain("Cloison arrière à garder dégagée");
    expect(page).not.toContain("A02");
  });

  it("prints in English on request", async () => {
    const response = await call(
      sheetsLoader as Loader,
      "/setup-sheets.pdf?stands=A01&lang=en",
      cookies.staff,
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="setup-sheet-min-exports-A01.pdf"',
    );
    const [page] = await pdfText(await bytes(response));
    expect(page).toContain("Setup sheet");
    expect(page).toContain("3.23 kW · three-phase · box coffret-1 · 24-hour supply");
    expect(page).toContain("3 (peninsula): top, bottom, left");
  });

  it("defaults to the user's language (English for this organiser)", async () => {
    const response = await call(sheetsLoader as Loader, "/setup-sheets.pdf?stands=A01", cookies.organiser);
    expect((await pdfText(await bytes(response)))[0]).toContain("Setup sheet");
  });

  it("prints only the selected stands, ordered by hall and code, with dashes where logistics are missing", async () => {
    const response = await call(
      sheetsLoader as Loader,
      "/setup-sheets.pdf?stands=P01,A02&lang=fr",
      cookies.staff,
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="fiches-implantation-min-exports.pdf"',
    );
    const pages = await pdfText(await bytes(response));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/Fiche d’implantation A02 /);
    expect(pages[0]).toContain("Atelier Onde — Créations sonores");
    // No orders: the slots, vehicle, furniture and badges print a dash, never a date or a crash.
    expect(pages[0]).toContain("Montage (créneau)");
    expect(pages[0]).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(pages[0]).toMatch(/ — — — — — — /);
    expect(pages[1]).toMatch(/Fiche d’implantation P01 /);
    expect(pages.join(" ")).not.toMatch(/A01|A03|B01/);
  });

  it("prints every stand when asked for all, whatever else the form sent", async () => {
    const response = await call(
      sheetsLoader as Loader,
      "/setup-sheets.pdf?scope=all&hall=salle&stands=&lang=fr",
      cookies.staff,
    );
    expect(response.headers.get("X-Export-Pages")).toBe("5");
    const pages = await pdfText(await bytes(response));
    expect(pages.map((p) => p.match(/Fiche d’implantation (\S+)/)?.[1])).toEqual([
      "A01",
      "A02",
      "A03",
      "B01",
      "P01",
    ]);
  });

  it("answers 400 with a readable message for unknown stands or an empty selection", async () => {
    const unknown = await catchResponse(() =>
      call(sheetsLoader as Loader, "/setup-sheets.pdf?stands=A01,Z99&lang=fr", cookies.staff),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toBe("Stands inconnus : Z99.");
    const empty = await catchResponse(() =>
      call(sheetsLoader as Loader, "/setup-sheets.pdf?scope=selection&stands=&lang=en", cookies.staff),
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toBe("Enter at least one stand code.");
    const badLang = await catchResponse(() =>
      call(sheetsLoader as Loader, "/setup-sheets.pdf?paper=a9", cookies.staff),
    );
    expect(badLang.status).toBe(400);
  });
});

describe("contractor lists", () => {
  it("writes the electrician's power plan per box as a French CSV", async () => {
    const response = await call(listsLoader as Loader, "/lists/power/csv?lang=fr", cookies.staff, {
      list: "power",
      format: "csv",
    });
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="plan-electrique-min-exports.csv"',
    );
    const body = await bytes(response);
    expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(body).split("\r\n");
    expect(lines[0]).toBe(
      "Coffret;Hall;Phases du coffret;Capacité (kW);Stands;Puissance (kW);Charge (%);Phases;24 h/24",
    );
    // Studio Lumen's electrical order (3.2345 kW, three-phase) replaces its application's 3 kW.
    expect(lines[1]).toBe("coffret-1;Petite salle;1;6;A01, A02;7,23;120,6;3;oui");
  });

  it("neutralises formulas and quotes separators in CSV, in both languages", async () => {
    const fr = await (
      await call(listsLoader as Loader, "/lists/signage/csv?lang=fr", cookies.staff, {
        list: "signage",
        format: "csv",
      })
    ).text();
    expect(fr).toContain(
      `A01;Petite salle;"'=HYPERLINK(""http://evil.example"")";33;Studio Lumen, « Réalité » étendue\r\n`,
    );
    const en = await (
      await call(listsLoader as Loader, "/lists/signage/csv?lang=en", cookies.staff, {
        list: "signage",
        format: "csv",
      })
    ).text();
    expect(en).toContain(
      `A01,Petite salle,"'=HYPERLINK(""http://evil.example"")",33,"Studio Lumen, « Réalité » étendue"`,
    );
    const badges = await (
      await call(listsLoader as Loader, "/lists/badges/csv?lang=fr", cookies.staff, {
        list: "badges",
        format: "csv",
      })
    ).text();
    expect(badges).toContain("A01;Studio Lumen, « Réalité » étendue;'@Agnès;installateur");
  });

  it("totals furniture with prices in euros", async () => {
    const text = await (
      await call(listsLoader as Loader, "/lists/furnitureTotals/csv?lang=fr", cookies.staff, {
        list: "furnitureTotals",
        format: "csv",
      })
    ).text();
    expect(text.split("\r\n").slice(1, 3)).toEqual([
      "CH-01;Chaise pliante;4;12,5;50",
      "CP-03;Comptoir d’accueil;1;1234,56;1234,56",
    ]);
  });

  it("lists the load-in/out schedule by slot", async () => {
    const text = await (
      await call(listsLoader as Loader, "/lists/schedule/csv?lang=en", cookies.staff, {
        list: "schedule",
        format: "csv",
      })
    ).text();
    const lines = text.split("\r\n");
    expect(lines[1]).toBe(
      'load-in,"06/11/2024, 08:00","06/11/2024, 09:00",A01,"Studio Lumen, « Réalité » étendue",Zoë Régisseuse,06 12 34 56 78,AB-123-CD · L 5.5 m · H 2.4 m',
    );
    expect(lines[2]).toMatch(/^load-out,"08\/11\/2024, 18:00"/);
    expect(lines).toHaveLength(4);
  });

  it("neutralises user text in XLSX cells and keeps numbers as numbers", async () => {
    const response = await call(listsLoader as Loader, "/lists/all/xlsx?lang=fr", cookies.staff, {
      list: "all",
      format: "xlsx",
    });
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="listes-prestataires-min-exports.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Stands",
      "Plan électrique",
      "Mobilier — totaux",
      "Mobilier — par stand",
      "Badges",
      "Montage et démontage",
      "Signalétique",
    ]);
    const signage = workbook.getWorksheet("Signalétique")!;
    expect(signage.getCell("C2").value).toBe('\'=HYPERLINK("http://evil.example")');
    expect(signage.getCell("D2").value).toBe(33);
    const badges = workbook.getWorksheet("Badges")!;
    expect(badges.getCell("C3").value).toBe("'@Agnès");
    const power = workbook.getWorksheet("Plan électrique")!;
    expect(power.getCell("G2").value).toBe(120.6);
  });

  it("limits a list to the selected stands", async () => {
    const text = await (
      await call(listsLoader as Loader, "/lists/stands/csv?stands=B01&lang=fr", cookies.staff, {
        list: "stands",
        format: "csv",
      })
    ).text();
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^B01;Petite salle;/);
  });

  it("refuses an unknown list", async () => {
    const response = await catchResponse(() =>
      call(listsLoader as Loader, "/lists/secrets/csv", cookies.staff, { list: "secrets", format: "csv" }),
    );
    expect(response.status).toBe(400);
  });
});

describe("printable plan and safety file", () => {
  it("prints each hall on A3 or A1 at a stated scale", async () => {
    const a3 = await call(planPdfLoader as Loader, "/plan.pdf?paper=a3&lang=fr", cookies.staff);
    expect(a3.headers.get("Content-Disposition")).toBe('attachment; filename="plan-min-exports-a3.pdf"');
    const [page] = await pdfText(await bytes(a3));
    expect(page).toContain("Plan — Petite salle");
    expect(page).toMatch(/Échelle 1:500 · Format A3 paysage/);
    // Names are cut to the stand's width at this scale; short ones print whole.
    expect(page).toContain("A01 Studio …");
    expect(page).toContain("P01 XR Lab");
    expect(page).toContain("Légende");
    const a1 = await call(planPdfLoader as Loader, "/plan.pdf?paper=a1&lang=en", cookies.staff);
    expect((await pdfText(await bytes(a1)))[0]).toMatch(/Scale 1:200 · A1 landscape/);
  });

  it("writes one hall as SVG sized in millimetres", async () => {
    const response = await call(planSvgLoader as Loader, "/plan.svg?hall=salle&lang=fr", cookies.staff);
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="plan-min-exports-salle-a3.svg"',
    );
    const svg = await response.text();
    expect(svg).toContain('width="420mm" height="297mm"');
    expect(svg).toContain(">Échelle 1:500<");
    expect(svg).toContain(">XR Lab</text>");
  });

  it("gathers plans, the check report, declarations, covered stands and the circulation share", async () => {
    const response = await call(safetyLoader as Loader, "/safety-file.pdf?lang=fr", cookies.staff);
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="dossier-securite-min-exports.pdf"',
    );
    const pdf = await bytes(response);
    const text = (await pdfText(pdf)).join("\n");
    expect(text).toContain("Dossier de sécurité");
    expect(text).toContain("Plan — Petite salle");
    expect(text).toContain("Rapport de contrôle du plan");
    expect(text).toContain("adjacency.competitor");
    expect(text).toContain("laser classe 3R");
    expect(text).toContain("Projecteur laser classe 3R — Laser de scène");
    expect(text).toContain("Aucun stand couvert.");
    // Floor 100 × 12 m minus a 0.3 m pillar: French digits group with a narrow no-break space.
    // (pdf.js's text extraction folds white space, so the drawn glyphs are read instead.)
    const glyphs = (await pdfGlyphs(pdf)).join("\n");
    expect(glyphs).toContain(`1${NNBSP}199,9`);
    // fr-FR's percent sign follows a no-break space (U+00A0), as Intl writes it.
    expect(glyphs).toContain("96,2\u00a0%");
  });
});
