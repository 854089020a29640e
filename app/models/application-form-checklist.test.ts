import { describe, expect, it } from "vitest";
import {
  completedSteps,
  firstOpenStep,
  listMissingItems,
  type ChecklistInput,
} from "./application-form-checklist";

const complete: ChecklistInput = {
  organisation: {
    siret: "73282932000074",
    country: "FR",
    legalForm: "SAS",
    descriptionFr: "Studio",
    descriptionEn: "Studio",
    logoSha256: "a".repeat(64),
  },
  application: {
    contactPhone: "0491000000",
    requestedAreaM2: 9,
    declarations: { machines: false, lasers: true, drones: false, vrRigs: false, details: "Class 2 laser" },
    consentAt: new Date(),
  },
  contactRoles: ["onsite"],
};

const codes = (input: ChecklistInput) =>
  listMissingItems(input).map((item) => `${item.code}${item.blocking ? "!" : ""}`);

describe("listMissingItems", () => {
  it("is empty for a complete application", () => {
    expect(codes(complete)).toEqual([]);
  });

  it.each([
    [
      "a missing SIRET (French company)",
      { organisation: { ...complete.organisation, siret: null } },
      ["siret!"],
    ],
    [
      "no description at all",
      { organisation: { ...complete.organisation, descriptionFr: "", descriptionEn: "" } },
      ["description!"],
    ],
    [
      "no English description",
      { organisation: { ...complete.organisation, descriptionEn: "" } },
      ["descriptionEn"],
    ],
    ["no logo", { organisation: { ...complete.organisation, logoSha256: null } }, ["logo"]],
    ["no phone", { application: { ...complete.application, contactPhone: "" } }, ["contactPhone!"]],
    [
      "participation not answered",
      { application: { ...complete.application, requestedAreaM2: 0 } },
      ["participation!"],
    ],
    [
      "declared lasers without details",
      {
        application: {
          ...complete.application,
          declarations: { ...complete.application.declarations, details: " " },
        },
      },
      ["declarationDetails!"],
    ],
    ["no consent", { application: { ...complete.application, consentAt: null } }, ["consent!"]],
    ["no on-site contact", { contactRoles: ["billing"] as const }, ["onsiteContact"]],
    [
      "a free-text legal form of older rows",
      { organisation: { ...complete.organisation, legalForm: "SARL unipersonnelle", siret: null } },
      [],
    ],
  ])("reports %s", (_case, change, expected) => {
    expect(codes({ ...complete, ...change } as ChecklistInput)).toEqual(expected);
  });
});

describe("completedSteps and firstOpenStep", () => {
  it("follows what a draft has answered", () => {
    expect(completedSteps(null)).toEqual([]);
    const fresh = { application: { contactPhone: "", requestedAreaM2: 0 } };
    expect(completedSteps(fresh)).toEqual(["organisation"]);
    expect(firstOpenStep(fresh)).toBe("contacts");
    const done = { application: { contactPhone: "0491", requestedAreaM2: 12 } };
    expect(completedSteps(done)).toEqual(["organisation", "contacts", "participation", "wishes"]);
    expect(firstOpenStep(done)).toBe("review");
  });
});
