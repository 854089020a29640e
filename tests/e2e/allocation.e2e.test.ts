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
    // Other journeys share this database and may have saved the plan with errors of their own (the
    // editor's "draft with an overlap"): what matters is that the allocation adds none.
    const violations = page.locator("section.violations");
    await eventually(() => violations.getAttribute("data-errors")).toMatch(/^\d+$/);
    const errorsBefore = await violations.getAttribute("data-errors");
    const panel = page.getByRole("region", { name: "Allocation automatique" });
    await panel.getByRole("button", { name: "Proposer une allocation" }).click();
    const acceptAll = panel.getByRole("button", { name: "Tout accepter" });
    await acceptAll.waitFor({ timeout: 60_000 });
    // The seed leaves six accepted exhibitors unplaced; another journey may have placed one by hand.
    await expect
      .poll(() => panel.getByText(/exposant\(s\) placé\(s\)/).textContent())
      .toMatch(/^[56] exposant\(s\) placé\(s\), 0 non placé/);
    const summary = (await panel.getByText(/exposant\(s\) placé\(s\)/).textContent()) ?? "";
    const placed = Number(summary.split(" ")[0]);
    expect(await panel.getByRole("button", { name: /^Accepter le placement de / }).count()).toBe(placed);

    await acceptAll.click();
    await eventually(() => panel.getByText(/placement\(s\) appliqué\(s\)/).textContent()).toContain(
      `${placed} placement(s)`,
    );
    await eventually(() => violations.getAttribute("data-errors")).toBe(errorsBefore);
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
