import Database from "better-sqlite3";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

/**
 * Logistics documents, walked in Chromium: an exhibitor sends its insurance certificate (a real PDF)
 * from the portal, staff preview and approve it in the review queue, and the exhibitor's checklist
 * shows it approved. The seeded MIN 2024 is in the past (every deadline passed), so this suite adds
 * its own event in the journeys' database, with the demo exhibitor's organisation accepted and an
 * insurance form due in three weeks.
 */
const SLUG = "e2e-logistics";
const DAY = 86_400_000;

function prepareEvent(databasePath: string): number {
  const db = new Database(databasePath);
  try {
    const existing = db
      .prepare("select a.id from applications a join events e on e.id = a.event_id where e.slug = ?")
      .get(SLUG) as { id: number } | undefined;
    if (existing) return existing.id;
    const now = Date.now();
    const eventId = db
      .prepare(
        `insert into events (slug, name, starts_on, ends_on, timezone, rule_settings, plan_version, created_at)
         values (?, 'Salon Logistique E2E 2030', '2030-10-07', '2030-10-08', 'Europe/Paris', '{}', 1, ?)`,
      )
      .run(SLUG, now).lastInsertRowid;
    const organisation = db
      .prepare("select u.organisation_id as id from users u where u.email = ?")
      .get(DEMO.exhibitor) as { id: number };
    const applicationId = db
      .prepare(
        `insert into applications (event_id, organisation_id, status, stand_kind, requested_area_m_2, contact_name,
           contact_email, locale, submitted_at, decided_at, created_at, updated_at)
         values (?, ?, 'accepted', 'shell', 9, 'Léa Martin', ?, 'fr', ?, ?, ?, ?)`,
      )
      .run(eventId, organisation.id, DEMO.exhibitor, now, now, now, now).lastInsertRowid;
    db.prepare(
      `insert into event_forms (event_id, kind, enabled, mandatory, due_at, settings, position)
       values (?, 'insurance', 1, 1, ?, '{}', 1)`,
    ).run(eventId, now + 21 * DAY);
    return Number(applicationId);
  } finally {
    db.close();
  }
}

function insurancePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(20).text("Attestation d'assurance responsabilite civile");
    doc.fontSize(12).text("Assureur : Mutuelle Exemple - Contrat RC-2030-42");
    doc.end();
  });
}

describe("logistics documents", () => {
  const j = useJourney();
  let applicationId = 0;

  beforeAll(() => {
    applicationId = prepareEvent(inject("databasePath"));
  });

  it("an exhibitor uploads an insurance PDF, staff approve it, the checklist shows it approved", async () => {
    const { page, context } = j;
    await login(page, DEMO.exhibitor);
    await page.goto(`/portal/applications/${applicationId}/logistics/insurance`);
    await page.getByLabel("Assureur").fill("Mutuelle Exemple");
    await page.getByLabel("Numéro de contrat").fill("RC-2030-42");
    await page.getByLabel("Valable jusqu’au").fill("2031-12-31");
    await page
      .locator("input[type=file]")
      .setInputFiles({
        name: "attestation-rc.pdf",
        mimeType: "application/pdf",
        buffer: await insurancePdf(),
      });
    await page.getByRole("button", { name: "Envoyer", exact: true }).click();
    // Should the form be refused instead, its messages make the failure readable.
    await page
      .waitForURL(/saved=submitted/, { timeout: 20_000 })
      .catch(async () => expect(await page.locator("main").innerText()).toBe("the form, submitted"));

    // Staff, in their own browser session, find it at the head of the queue.
    const staff = await context.browser()!.newContext({ baseURL: j.baseURL, locale: "fr-FR" });
    const staffPage = await staff.newPage();
    staffPage.on("pageerror", (err) => j.consoleErrors.push(err.message));
    staffPage.on("console", (msg) => {
      if (msg.type() === "error") j.consoleErrors.push(msg.text());
    });
    await login(staffPage, DEMO.staff);
    await staffPage.goto(`/admin/events/${SLUG}/logistics/review?kind=insurance`);
    const link = staffPage.getByRole("link", { name: /^Examiner Attestation d’assurance de / });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await staffPage.waitForURL(/\/logistics\/review\/\d+$/);
    await expect.poll(() => staffPage.getByText("Mutuelle Exemple").count()).toBeGreaterThan(0);
    // pdf.js draws the first page of the certificate.
    await expect.poll(() => staffPage.getByText("Page 1 sur 1").count(), { timeout: 15_000 }).toBe(1);
    const painted = await staffPage
      .locator("canvas.lr-preview__canvas")
      .evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.height > 0);
    expect(painted).toBe(true);

    await staffPage.getByRole("button", { name: "Approuver" }).click();
    await expect
      .poll(() => staffPage.getByRole("status").filter({ hasText: "Formulaire approuvé" }).count())
      .toBe(1);
    await staff.close();

    // Back in the exhibitor's portal: the checklist says it is approved.
    await page.goto(`/portal/applications/${applicationId}/logistics`);
    const row = page.getByRole("row").filter({ hasText: "Attestation d’assurance" });
    await expect.poll(() => row.textContent()).toContain("Approuvé");
  });

  it("an organiser opens « Logistique », narrows the matrix to missing forms and previews the reminders", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await page.goto(`/admin/events/${SLUG}`);
    await page
      .getByRole("navigation", { name: "Navigation de l’événement" })
      .getByRole("link", { name: "Logistique" })
      .click();
    await page.waitForURL(new RegExp(`/admin/events/${SLUG}/logistics$`));
    const matrix = page.getByRole("table", { name: "Exposants et formulaires logistiques" });
    await expect.poll(() => matrix.getByRole("rowheader").count()).toBe(1);

    await page.getByLabel("Statut").selectOption("todo");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(/status=todo/);
    await expect
      .poll(() => page.getByRole("heading", { name: "Aucun exposant ne correspond" }).count())
      .toBe(1);

    await page.getByLabel("Échéance dans les prochains (jours)").fill("30");
    await page.getByRole("button", { name: "Voir qui serait relancé" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Personne à relancer" }).count())
      .toBe(1);
  });
});
