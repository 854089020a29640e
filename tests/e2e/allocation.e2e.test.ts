import { describe, expect, it } from "vitest";
import { DEMO, login, useJourney } from "./fixtures";

const PLAN = "/admin/events/min-2024/plan";
const eventually = <T>(read: () => Promise<T> | T, timeout = 30_000) =>
  expect.poll(read, { timeout, interval: 200 });

describe("automatic allocation in the editor", () => {
  const j = useJourney();

  it("proposes stands for the unplaced exhibitors, accepts them all in one undoable step, plan without errors", async () => {
    const { page } = j;
    await login(page, DEMO.organiser);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(PLAN);
    await page.locator(".plan-canvas[data-ready='true']").waitFor({ timeout: 30_000 });
    const panel = page.getByRole("region", { name: "Allocation automatique" });
    await panel.getByRole("button", { name: "Proposer une allocation" }).click();
    const acceptAll = panel.getByRole("button", { name: "Tout accepter" });
    await acceptAll.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => panel.getByText(/exposant\(s\) placé\(s\)/).textContent())
      .toMatch(/^6 exposant\(s\) placé\(s\), 0 non placé/);
    expect(await panel.getByRole("button", { name: /^Accepter le placement de / }).count()).toBe(6);

    await acceptAll.click();
    await eventually(() => panel.getByText(/placement\(s\) appliqué\(s\)/).textContent()).toContain(
      "6 placement(s)",
    );
    const violations = page.locator("section.violations");
    await eventually(() => violations.getAttribute("data-errors")).toBe("0");
    // Every accepted exhibitor is now on the plan: no one is left in the panel's list.
    expect(await panel.getByRole("button", { name: /^Accepter le placement de / }).count()).toBe(0);

    // Nobody is left to place, until one undo takes the whole allocation back.
    const propose = panel.getByRole("button", { name: "Proposer une allocation" });
    expect(await propose.isDisabled()).toBe(true);
    await page.keyboard.press("Control+z");
    await eventually(() => propose.isEnabled()).toBe(true);
  });

  it("is not offered to staff, who read the plan", async () => {
    const { page } = j;
    await login(page, DEMO.staff);
    await page.goto(PLAN);
    await page.locator(".plan-canvas[data-ready='true']").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Proposer une allocation" }).count()).toBe(0);
  });
});
