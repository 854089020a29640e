import { describe, expect, it } from "vitest";
import { eventSwitchPath } from "./event-switch-path";

describe("eventSwitchPath", () => {
  it.each([
    ["/admin/events/min-2024", "/admin/events/min-2025"],
    ["/admin/events/min-2024/", "/admin/events/min-2025"],
    ["/admin/events/min-2024/plan", "/admin/events/min-2025/plan"],
    // Deeper pages name things of the old event (an application, a stand): stop at the section.
    ["/admin/events/min-2024/applications/42", "/admin/events/min-2025/applications"],
    ["/admin/outbox", "/admin/events/min-2025"],
    ["/admin", "/admin/events/min-2025"],
  ])("from %s goes to %s", (from, to) => {
    expect(eventSwitchPath(from, "min-2025")).toBe(to);
  });

  it("encodes the slug", () => {
    expect(eventSwitchPath("/admin", "a b")).toBe("/admin/events/a%20b");
  });
});
