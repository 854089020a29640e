import { describe, expect, it } from "vitest";
import { applicationStatuses, type ApplicationStatus } from "../../db/schema";
import { allowedTransitions, canTransition } from "./application-status";

const ALLOWED: [ApplicationStatus, ApplicationStatus][] = [
  ["draft", "submitted"],
  ["submitted", "in_review"],
  ["in_review", "accepted"],
  ["in_review", "waitlisted"],
  ["in_review", "rejected"],
  ["accepted", "confirmed"],
  ["accepted", "withdrawn"],
];

describe("application status machine", () => {
  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  const refused = applicationStatuses.flatMap((from) =>
    applicationStatuses
      .filter((to) => !ALLOWED.some(([f, t]) => f === from && t === to))
      .map((to) => [from, to] as [ApplicationStatus, ApplicationStatus]),
  );
  it.each(refused)("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("ends the workflow on waitlisted, rejected, confirmed and withdrawn", () => {
    expect(allowedTransitions("waitlisted")).toEqual([]);
    expect(allowedTransitions("rejected")).toEqual([]);
    expect(allowedTransitions("confirmed")).toEqual([]);
    expect(allowedTransitions("withdrawn")).toEqual([]);
  });
});
