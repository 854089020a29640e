import type { Download } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent({ disableNormalization: true });
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  await doc.destroy();
  return text.replace(/ {2,}/g, " ");
}

/** The browser runs remotely (global setup): the download's bytes come through its stream. */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("staff exports", () => {
  const j = useJourney();

  it("downloads one stand's setup sheet and the electrician's power plan", async () => {
    const { page } = j;
    await login(page, DEMO.staff);
    await page.goto("/admin/events/min-2024");
    await page
      .getByRole("navigation", { name: "Navigation de l’événement" })
      .getByRole("link", { name: "Exports" })
      .click();
    await page.waitForURL(/\/admin\/events\/min-2024\/exports$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Exports");

    // An unknown code is refused next to the field, nothing is downloaded.
    await page.getByRole("radio", { name: "Une sélection" }).check();
    await page.getByLabel("Codes des stands").fill("ZZZ99");
    await page.getByRole("button", { name: "Télécharger le PDF" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toBe("Stands inconnus : ZZZ99.");
    // The browser logs the refused request (400) as a console error: expected here.
    expect(j.consoleErrors).toEqual([expect.stringContaining("400")]);
    j.consoleErrors.length = 0;

    // One stand: the sheet arrives through the progress-reading download.
    await page.getByLabel("Codes des stands").fill("A01");
    const [sheet] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le PDF" }).click(),
    ]);
    expect(sheet.suggestedFilename()).toBe("fiche-implantation-min-2024-A01.pdf");
    const pdf = new Uint8Array(await downloaded(sheet));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("Fiche d’implantation A01");
    expect(text).toContain("Marché des Imaginaires Numériques");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Téléchargement prêt" }).textContent())
      .toContain("fiche-implantation-min-2024-A01.pdf");

    // The power plan, per box, as a French CSV.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV — Plan électrique (par coffret)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("plan-electrique-min-2024.csv");
    const lines = (await downloaded(csv)).toString("utf8").split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFCoffret;Hall;Phases du coffret;Capacité (kW);Stands;Puissance (kW);Charge (%);Phases;24 h/24",
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[1]).toMatch(/^[^;]+;[^;]+;[13];\d+(,\d+)?;/);
  });

  it("refuses staff exports to exhibitors", async () => {
    const { page } = j;
    await login(page, DEMO.exhibitor);
    const response = await page.request.get("/admin/events/min-2024/exports/lists/power/csv");
    expect(response.status()).toBe(403);
    const sheets = await page.request.get("/admin/events/min-2024/exports/setup-sheets.pdf");
    expect(sheets.status()).toBe(403);
  });
});
