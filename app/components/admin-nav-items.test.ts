import { describe, expect, it } from "vitest";
import { listVisibleNavItems } from "./admin-nav-items";

describe("listVisibleNavItems", () => {
  it("gives organisers the event dashboard, its plan, applications, logistics, exports and the outbox", () => {
    expect(listVisibleNavItems("organiser", "min-2024")).toEqual([
      { label: "dashboard", to: "/admin/events/min-2024", end: true },
      { label: "plan", to: "/admin/events/min-2024/plan", end: false },
      { label: "applications", to: "/admin/events/min-2024/applications", end: false },
      { label: "logistics", to: "/admin/events/min-2024/logistics", end: false },
      { label: "exports", to: "/admin/events/min-2024/exports", end: false },
      { label: "outbox", to: "/admin/outbox", end: false },
    ]);
  });

  it("hides the outbox from staff", () => {
    expect(listVisibleNavItems("staff", "min-2024").map((item) => item.label)).toEqual([
      "dashboard",
      "plan",
      "applications",
      "logistics",
      "exports",
    ]);
  });

  it("drops event pages when there is no event", () => {
    expect(listVisibleNavItems("organiser", null).map((item) => item.label)).toEqual(["outbox"]);
  });

  it("shows nothing to exhibitors", () => {
    expect(listVisibleNavItems("exhibitor", "min-2024")).toEqual([]);
  });
});
