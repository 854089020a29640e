import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

describe("an exhibitor fills a logistics form", () => {
  const j = useJourney();

  it("opens the checklist from the portal, orders furniture with a live total, and sees it submitted", async () => {
    const { page } = j;
    await login(page, DEMO.exhibitor);
    await page.goto("/portal");
    const card = page.getByRole("article").filter({ hasText: "Marché des Imaginaires Numériques 2024" });
    await card.getByRole("link", { name: "Formulaires logistiques" }).click();
    await page.waitForURL(/\/logistics$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Vos formulaires logistiques");
    const checklist = page.getByRole("table");
    const furnitureRow = checklist.getByRole("row").filter({ hasText: "Commande de mobilier" });
    expect(await furnitureRow.textContent()).toContain("À faire");
    expect(
      await checklist.getByRole("row").filter({ hasText: "Attestation d’assurance" }).textContent(),
    ).toContain("À faire");

    await furnitureRow.getByRole("link", { name: "Commande de mobilier" }).click();
    await page.waitForURL(/\/logistics\/furniture$/);
    await page.getByLabel("Quantité\u00a0: Chaise", { exact: true }).fill("3");
    await page.getByLabel("Quantité\u00a0: Table 120 × 60 cm").fill("1");
    // 3 × 12,00 € + 35,00 € = 71,00 €, updated as the exhibitor types.
    const total = page.getByRole("row").filter({ hasText: "Total de la commande HT" });
    await expect.poll(() => total.textContent()).toMatch(/71,00\s€/);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Formulaire envoyé");

    await page.getByRole("link", { name: "Retour aux formulaires" }).click();
    await page.waitForURL(/\/logistics$/);
    await expect
      .poll(() => page.getByRole("row").filter({ hasText: "Commande de mobilier" }).textContent())
      .toContain("Envoyé");
  });
});
