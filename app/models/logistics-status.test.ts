import { describe, expect, it } from "vitest";
import { badgeLimit } from "./logistics-answers";
import {
  checklistStatus,
  defaultDueAt,
  editLock,
  endOfDay,
  localDateTime,
  zonedInstant,
} from "./logistics-status";

const now = new Date("2030-10-15T12:00:00Z");
const open = { mandatory: true, dueAt: new Date("2030-10-20T21:59:00Z") };
const past = { mandatory: true, dueAt: new Date("2030-10-01T21:59:00Z") };

describe("a logistics form's status and lock", () => {
  it.each([
    [open, null, "todo", null],
    [open, "draft", "draft", null],
    [past, null, "late", "deadline"],
    [past, "draft", "late", "deadline"],
    [{ ...past, mandatory: false }, null, "todo", "deadline"],
    [past, "submitted", "submitted", "deadline"],
    [open, "approved", "approved", "approved"],
    [past, "rejected", "rejected", null],
  ] as const)("%o with %s → %s, lock %s", (form, status, expected, lock) => {
    const submission = status ? { status } : null;
    expect(checklistStatus(form, submission, now)).toBe(expected);
    expect(editLock(form, submission, now)).toBe(lock);
  });
});

describe("times in the event's zone", () => {
  it.each([
    ["2030-07-01T10:00", "2030-07-01T08:00:00.000Z"],
    ["2030-12-01T10:00", "2030-12-01T09:00:00.000Z"],
    // The night summer time ends (27 October 2030 in Europe).
    ["2030-10-27T12:00", "2030-10-27T11:00:00.000Z"],
  ])("%s in Paris is %s", (local, utc) => {
    expect(zonedInstant(local, "Europe/Paris").toISOString()).toBe(utc);
    expect(localDateTime(new Date(utc), "Europe/Paris")).toBe(local);
  });

  it("puts a deadline at 23:59 of its day, machines 30 days before the opening by default", () => {
    expect(endOfDay("2030-10-08", "Europe/Paris").toISOString()).toBe("2030-10-08T21:59:00.000Z");
    expect(defaultDueAt("machines", { startsOn: "2030-11-07", timezone: "Europe/Paris" }).toISOString()).toBe(
      "2030-10-08T21:59:00.000Z",
    );
    expect(
      defaultDueAt("safety_rules", { startsOn: "2030-11-07", timezone: "Europe/Paris" }).toISOString(),
    ).toBe("2030-10-31T22:59:00.000Z");
  });

  it("grows the badge limit by one per full block of area", () => {
    expect([0, 8, 9, 18, 36].map((area) => badgeLimit(area))).toEqual([2, 2, 3, 4, 6]);
  });
});
