import Database from "better-sqlite3";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

/**
 * The public application form, walked in Chromium. The seeded MIN 2024's window is in the past, so
 * this suite opens its own event in the journeys' database: open window, one hall with a pavilion,
 * and a seeded organisation that already applied (to be chosen as a neighbour).
 */
const SLUG = "e2e-apply";
const DAY = 86_400_000;
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGPgjkn+DwADCgHKFdsSWwAAAABJRU5ErkJggg==",
  "base64",
);

function openEvent(databasePath: string): void {
  const db = new Database(databasePath);
  try {
    if (db.prepare("select 1 from events where slug = ?").get(SLUG)) return;
    const now = Date.now();
    const eventId = db
      .prepare(
        `insert into events (slug, name, starts_on, ends_on, timezone, applications_open_at, applications_close_at,
           edit_deadline_at, rule_settings, plan_version, created_at) values (?, ?, ?, ?, 'Europe/Paris', ?, ?, ?, '{}', 1, ?)`,
      )
      .run(
        SLUG,
        "Marché E2E 2030",
        "2030-11-07",
        "2030-11-08",
        now - DAY,
        now + 30 * DAY,
        now + 40 * DAY,
        now,
      ).lastInsertRowid;
    const venueId = (db.prepare("select id from venues order by id limit 1").get() as { id: number }).id;
    const outline = JSON.stringify([
      [0, 0],
      [40, 0],
      [40, 30],
      [0, 30],
    ]);
    const hallId = db
      .prepare(
        "insert into halls (event_id, venue_id, code, name, outline, position) values (?, ?, 'main', 'Grande halle', ?, 0)",
      )
      .run(eventId, venueId, outline).lastInsertRowid;
    db.prepare(
      "insert into zones (hall_id, code, kind, name, polygon) values (?, 'pav-sud', 'pavilion', 'Pavillon Sud', ?)",
    ).run(
      hallId,
      JSON.stringify([
        [1, 1],
        [9, 1],
        [9, 9],
        [1, 9],
      ]),
    );
    const neighbour = db.prepare("select id from organisations where slug = 'atelier-onde'").get() as {
      id: number;
    };
    db.prepare(
      `insert into applications (event_id, organisation_id, status, requested_area_m_2, contact_name, contact_email,
         created_at, updated_at, submitted_at) values (?, ?, 'submitted', 9, 'Hugo Bernard', 'hugo@atelier-onde.example', ?, ?, ?)`,
    ).run(eventId, neighbour.id, now, now, now);
  } finally {
    db.close();
  }
}

function outboxTemplatesFor(databasePath: string, email: string): string[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (
      db.prepare('select template from outbox where "to" = ? order by id').all(email) as {
        template: string;
      }[]
    ).map((row) => row.template);
  } finally {
    db.close();
  }
}

/** The invitation link e-mailed to an applicant, read from the outbox as the person would from the mail. */
function invitationPath(databasePath: string, email: string): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    const row = db
      .prepare(`select text from outbox where "to" = ? and template = 'invite' order by id desc limit 1`)
      .get(email) as { text: string } | undefined;
    const url = row?.text.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
    if (!url) throw new Error(`no invitation e-mail for ${email}`);
    return new URL(url).pathname;
  } finally {
    db.close();
  }
}

describe("a visitor applies to an open event", () => {
  const j = useJourney();
  let applicantEmail = "";
  const databasePath = inject("databasePath");
  beforeAll(() => openEvent(databasePath));

  it("goes through every step in French, submits, and gets a confirmation and an account invitation", async () => {
    const { page } = j;
    const email = `lea-${Date.now()}@studio-e2e.example`;
    applicantEmail = email;
    await page.goto(`/apply/${SLUG}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("link", { name: "Commencer ma candidature" }).click();

    await page.waitForURL(`**/apply/${SLUG}/organisation`);
    await page.getByLabel("Nom de l’organisation").fill("Studio Lumière E2E");
    await page.getByLabel("Forme juridique").selectOption("SAS");
    await page.getByLabel("SIRET").fill("732 829 320 00074");
    await page.getByLabel("Adresse", { exact: true }).fill("41 rue Jobin");
    await page.getByLabel("Code postal").fill("13003");
    await page.getByLabel("Ville").fill("Marseille");
    await page.getByLabel("Secteur").selectOption("xr");
    await page.getByLabel("Présentation en français").fill("Studio de réalité virtuelle.");
    await page.getByLabel("Présentation en anglais").fill("Virtual reality studio.");
    await page
      .getByLabel("Logo (facultatif)")
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG_1X1 });
    await page.getByLabel("Nom et prénom").fill("Léa Martin");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

    await page.waitForURL(`**/apply/${SLUG}/contacts?started=1`);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain(email);
    await page.getByLabel("Téléphone", { exact: true }).fill("+33 4 91 00 00 00");
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

    await page.waitForURL(`**/apply/${SLUG}/participation`);
    await page.getByRole("radio", { name: "12 m²" }).check();
    await page.getByLabel("Puissance (kW)").fill("2,5");
    await page.getByRole("checkbox", { name: "Lasers" }).check();
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    // Lasers without details: the error shows next to the field, which gets the focus.
    const details = page.getByLabel("Précisions sur les équipements déclarés");
    await expect.poll(() => details.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => details.evaluate((el) => el === document.activeElement)).toBe(true);
    j.consoleErrors.length = 0; // the browser logs the 400 answer of the form
    await details.fill("Laser de classe 2, démonstration fermée.");
    await page.getByLabel("Pavillon souhaité").selectOption("pav-sud");
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

    await page.waitForURL(`**/apply/${SLUG}/wishes`);
    const search = page.getByRole("combobox").first();
    await search.fill("atelier");
    await search.press("ArrowDown");
    await search.press("Enter");
    await expect.poll(() => page.getByRole("checkbox", { name: "Atelier Onde" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

    await page.waitForURL(`**/apply/${SLUG}/review`);
    expect(await page.getByText("Atelier Onde").count()).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: /J’accepte que les informations/ }).check();
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();

    await page.waitForURL(`**/apply/${SLUG}/submitted`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Candidature envoyée");
    expect(await page.getByRole("status").textContent()).toContain(email);
    expect(outboxTemplatesFor(databasePath, email)).toEqual(["notice", "notice", "invite"]);
  });

  it("is accepted by the organiser; the applicant follows the e-mailed invitation, sets a password and sees « acceptée »", async () => {
    const { page } = j;
    expect(applicantEmail, "the previous journey submitted an application").not.toBe("");
    await login(page, DEMO.organiser);
    await page.goto(`/admin/events/${SLUG}/applications`);
    await page.getByRole("link", { name: "Studio Lumière E2E" }).click();
    await page.waitForURL(/\/applications\/\d+$/);
    const changed = () => page.getByRole("status").filter({ hasText: "Statut changé" }).textContent();
    await page.getByRole("button", { name: "Mettre en examen" }).click();
    await expect.poll(changed).toContain("« en cours d’examen »");
    await page.getByRole("button", { name: "Accepter" }).click();
    await expect.poll(changed).toContain("« acceptée »");
    await page.getByRole("button", { name: /se déconnecter/i }).click();
    await page.waitForURL(/\/login/);

    await page.goto(invitationPath(databasePath, applicantEmail));
    await page.getByLabel("Nouveau mot de passe").fill("une phrase de passe solide");
    await page.getByLabel("Confirmer le mot de passe").fill("une phrase de passe solide");
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await page.waitForURL(/\/portal$/);
    await expect.poll(() => page.getByText(/^Statut\s*:\s*acceptée$/).count()).toBe(1);
    expect(await page.getByText("Studio Lumière E2E").count()).toBeGreaterThan(0);
  });

  it("is complete in English once the visitor switches language", async () => {
    const { page } = j;
    await page.goto(`/apply/${SLUG}/organisation`);
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForURL(`**/apply/${SLUG}/organisation`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => page.getByLabel("Organisation name").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Save and continue" }).count()).toBe(1);
  });

  it("refuses the seeded MIN 2024, whose window is over, with a clear page", async () => {
    const response = await j.page.goto("/apply/min-2024/organisation");
    expect(response?.status()).toBe(403);
    expect(await j.page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Les candidatures sont fermées",
    );
    j.consoleErrors.length = 0; // the browser logs the 403 document
  });
});
