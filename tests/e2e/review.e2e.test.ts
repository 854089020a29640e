import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

describe("an organiser reviews an application", () => {
  const j = useJourney();

  it("filters to submitted applications, reviews one, accepts it, and finds the decision e-mail in the outbox", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    // Another journey may have created a newer event: go to the seeded one, then use the navigation.
    await page.goto("/admin/events/min-2024");
    await page
      .getByRole("navigation", { name: "Navigation de l’événement" })
      .getByRole("link", { name: "Candidatures" })
      .click();
    await page.waitForURL(/\/admin\/events\/min-2024\/applications$/);

    // The « déposée » chip narrows the table to submitted applications only.
    const chips = page.getByRole("navigation", { name: "Filtrer par statut" });
    await chips.getByRole("link", { name: /^déposée \(\d+\)$/ }).click();
    await page.waitForURL(/status=submitted/);
    const table = page.getByRole("table", { name: /Candidatures à Marché des Imaginaires Numériques 2024/ });
    // The URL changes before the filtered rows arrive: wait for the table itself.
    const statuses = () => table.locator("tbody .status-badge").allTextContents();
    await expect.poll(async () => new Set(await statuses())).toEqual(new Set(["déposée"]));

    // Open the first one.
    const first = table.locator("tbody tr").first().getByRole("rowheader").getByRole("link");
    const organisation = (await first.textContent()) ?? "";
    await first.click();
    await page.waitForURL(/\/applications\/\d+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(organisation);
    const contactEmail =
      (await page.locator("#answers-contacts ~ dl a[href^='mailto:']").first().textContent()) ?? "";
    expect(contactEmail).toMatch(/@/);

    // submitted → in_review, then in_review → accepted with a word for the exhibitor.
    await page.getByRole("button", { name: "Mettre en examen" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Statut changé" }).textContent())
      .toContain("« en cours d’examen »");
    await page.getByLabel("Message à l’exposant (facultatif)").fill("Bienvenue au Marché !");
    await page.getByRole("button", { name: "Accepter" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Statut changé" }).textContent())
      .toContain(`« acceptée ». E-mail de décision envoyé à ${contactEmail}`);
    const history = page.getByRole("region", { name: "Historique" });
    await expect.poll(() => history.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => history.getByRole("listitem").first().textContent())
      .toMatch(/en cours d’examen → acceptée/);

    // The decision e-mail is in the outbox, addressed to the main contact.
    await page.goto(`/admin/outbox?q=${encodeURIComponent(contactEmail)}`);
    const row = page.getByRole("row").filter({ hasText: "votre candidature est acceptée" });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("link").click();
    await expect.poll(() => page.locator("pre").textContent()).toContain("Bienvenue au Marché !");
    expect(await page.locator("pre").textContent()).toContain(organisation);
  });
});
