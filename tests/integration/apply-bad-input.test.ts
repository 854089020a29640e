import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { LOGO_MAX_BYTES } from "~/models/application-form-options";
import {
  JPEG_HEADER,
  PNG_1X1,
  postStep,
  siretFrom,
  snapshotStore,
  startDraft,
  VALID_CONTACTS,
  VALID_PARTICIPATION,
  validStart,
  insertOpenEvent,
  type Upload,
} from "./apply-fixtures";
import { insertApplication, insertOrganisation } from "./shell-fixtures";

useTestDatabase();

const long = (n: number) => "x".repeat(n);
const validSiret = siretFrom("7328293200007");
const wrongKey = `${validSiret.slice(0, 13)}${(Number(validSiret[13]) + 1) % 10}`;

let slug = "";
let draft = { cookie: "", applicationId: 0, organisationId: 0 };
const candidates: number[] = [];
let draftOfOtherId = 0;

beforeAll(async () => {
  const { event } = insertOpenEvent("bad-input");
  slug = event.slug;
  for (let i = 0; i < 11; i += 1) {
    const organisation = insertOrganisation(`candidate-${i}`);
    insertApplication(event.id, organisation.id, "submitted");
    candidates.push(organisation.id);
  }
  const drafting = insertOrganisation("someone-drafting");
  insertApplication(event.id, drafting.id, "draft");
  draftOfOtherId = drafting.id;
  const started = await startDraft(slug);
  draft = {
    cookie: started.cookie,
    applicationId: started.application.id,
    organisationId: started.application.organisationId,
  };
});

/** The rows of the draft as stored: a refused step must leave them exactly as they were. */
function draftRows() {
  const db = getDb();
  return JSON.stringify([
    db.select().from(schema.applications).where(eq(schema.applications.id, draft.applicationId)).get(),
    db.select().from(schema.organisations).where(eq(schema.organisations.id, draft.organisationId)).get(),
  ]);
}

async function expectRefused(
  step: string,
  fields: Record<string, string | string[]>,
  expected: Record<string, string>,
  options: { cookie?: string; files?: Record<string, Upload> } = {},
) {
  const before = snapshotStore();
  const rows = draftRows();
  const outcome = await postStep(slug, step, fields, options);
  expect(outcome.status).toBe(400);
  expect((outcome.body as { errors: Record<string, string> }).errors).toMatchObject(expected);
  expect(snapshotStore()).toEqual(before);
  expect(draftRows()).toBe(rows);
}

const file = (name: string, type: string, bytes: Uint8Array): Upload => ({ name, type, bytes });
const EXECUTABLE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "binary"), Buffer.alloc(64)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const TOO_BIG = Buffer.concat([PNG_1X1, Buffer.alloc(LOGO_MAX_BYTES + 1 - PNG_1X1.length)]);

const ORGANISATION_CASES: [string, Record<string, string>, Record<string, string>][] = [
  ["name missing", { name: "" }, { name: "required" }],
  ["name too long", { name: long(201) }, { name: "tooLong" }],
  ["legal form missing", { legalForm: "" }, { legalForm: "required" }],
  ["legal form unknown", { legalForm: "LLC" }, { legalForm: "invalidChoice" }],
  ["SIRET not 14 digits", { siret: "123 456" }, { siret: "siretFormat" }],
  ["SIRET with letters", { siret: "7328293200007A" }, { siret: "siretFormat" }],
  ["SIRET with a wrong Luhn key", { siret: wrongKey }, { siret: "siretKey" }],
  ["SIRET missing for a French company", { siret: "" }, { siret: "siretRequired" }],
  ["SIRET too long", { siret: long(30) }, { siret: "tooLong" }],
  ["address missing", { address: " " }, { address: "required" }],
  ["address too long", { address: long(201) }, { address: "tooLong" }],
  ["French postcode not 5 digits", { postcode: "1300" }, { postcode: "postcodeFr" }],
  ["city too long", { city: long(121) }, { city: "tooLong" }],
  ["country unknown", { country: "XX" }, { country: "invalidChoice" }],
  ["country missing", { country: "" }, { country: "required" }],
  ["website with a javascript: URL", { website: "javascript:alert(1)" }, { website: "urlInvalid" }],
  ["website with an ftp: URL", { website: "ftp://studio.example" }, { website: "urlInvalid" }],
  ["website that is not a URL", { website: "not a url" }, { website: "urlInvalid" }],
  ["website too long", { website: `https://${long(300)}.fr` }, { website: "tooLong" }],
  ["sector unknown", { sector: "astrology" }, { sector: "invalidChoice" }],
  ["sector missing", { sector: "" }, { sector: "required" }],
  ["French description too long", { descriptionFr: long(1001) }, { descriptionFr: "tooLong" }],
  ["English description too long", { descriptionEn: long(1001) }, { descriptionEn: "tooLong" }],
];

const LOGO_CASES: [string, Upload | string, string][] = [
  ["a renamed executable", file("logo.png", "image/png", EXECUTABLE), "logoType"],
  ["an SVG", file("logo.svg", "image/svg+xml", SVG), "logoType"],
  ["an SVG claiming to be a PNG", file("logo.png", "image/png", SVG), "logoType"],
  ["an empty file", file("logo.png", "image/png", new Uint8Array()), "logoEmpty"],
  ["larger than 2 MB", file("logo.png", "image/png", TOO_BIG), "logoTooLarge"],
  ["a text value instead of a file", "logo.png", "logoType"],
];

describe("the organisation step, when starting (no draft yet)", () => {
  it.each(ORGANISATION_CASES)("refuses %s: 400, nothing stored", async (_case, overrides, expected) => {
    await expectRefused("organisation", validStart(overrides), expected);
  });

  it.each([
    ["contact name missing", { contactName: "" }, { contactName: "required" }],
    ["contact e-mail invalid", { contactEmail: "lea@" }, { contactEmail: "emailInvalid" }],
    ["contact e-mail missing", { contactEmail: "" }, { contactEmail: "required" }],
  ])("refuses %s: 400, nothing stored", async (_case, overrides, expected) => {
    await expectRefused("organisation", validStart(overrides), expected);
  });

  it.each(LOGO_CASES)("refuses a logo that is %s: 400, no file written", async (_case, logo, code) => {
    const fields = typeof logo === "string" ? { ...validStart(), logo } : validStart();
    const files: Record<string, Upload> = typeof logo === "string" ? {} : { logo };
    await expectRefused("organisation", fields, { logo: code }, { files });
  });

  it("lists every error of the step in one answer, rules across fields included", async () => {
    const { legalForm: _missing, ...fields } = validStart({
      name: "",
      siret: wrongKey,
      website: "x",
      postcode: "12",
    });
    const outcome = await postStep(slug, "organisation", fields, {
      files: { logo: file("logo.gif", "image/gif", Buffer.from("GIF89a")) },
    });
    expect((outcome.body as { errors: object }).errors).toEqual({
      legalForm: "required",
      logo: "logoType",
      name: "required",
      postcode: "postcodeFr",
      siret: "siretKey",
      website: "urlInvalid",
    });
  });

  it("still checks the SIRET rule when another field is missing", async () => {
    const { name: _missing, ...fields } = validStart({ siret: "" });
    const outcome = await postStep(slug, "organisation", fields);
    expect((outcome.body as { errors: object }).errors).toEqual({ name: "required", siret: "siretRequired" });
  });

  it("refuses a body larger than the step allows with 413, before reading it", async () => {
    const before = snapshotStore();
    const huge = file("logo.png", "image/png", Buffer.concat([PNG_1X1, Buffer.alloc(3 * 1024 * 1024)]));
    const outcome = await postStep(slug, "organisation", validStart(), { files: { logo: huge } });
    expect(outcome.status).toBe(413);
    expect(snapshotStore()).toEqual(before);
  });

  it.each([
    [
      "a foreign organisation without SIRET",
      { country: "BE", legalForm: "foreign", siret: "", postcode: "1000" },
    ],
    ["a French address with a foreign legal form", { legalForm: "foreign", siret: "" }],
    ["a foreign organisation with a French legal form", { country: "DE", siret: "", postcode: "50672" }],
    [
      "a SIRET typed with spaces",
      { siret: validSiret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, "$1 $2 $3 $4") },
    ],
    ["a website typed without https://", { website: "www.studio.example" }],
  ])("accepts %s", async (_case, overrides) => {
    const outcome = await postStep(slug, "organisation", validStart(overrides), {
      files: { logo: file("photo.jpg", "image/jpeg", JPEG_HEADER) },
    });
    expect(outcome.status).toBe(302);
  });
});

describe("the organisation step of a draft", () => {
  it.each(ORGANISATION_CASES.slice(0, 8))(
    "refuses %s: the stored organisation is unchanged",
    async (_c, overrides, expected) => {
      const { contactName: _n, contactEmail: _e, ...fields } = validStart(overrides);
      await expectRefused("organisation", fields, expected, { cookie: draft.cookie });
    },
  );

  it.each(LOGO_CASES.slice(0, 5))("refuses a new logo that is %s", async (_case, logo, code) => {
    const { contactName: _n, contactEmail: _e, ...fields } = validStart();
    await expectRefused(
      "organisation",
      fields,
      { logo: code },
      { cookie: draft.cookie, files: { logo: logo as Upload } },
    );
  });
});

describe("the contacts step", () => {
  const valid = () => ({ ...VALID_CONTACTS, contactEmail: "lea@studio.example" });
  it.each([
    ["main contact name missing", { contactName: "" }, { contactName: "required" }],
    ["main contact name too long", { contactName: long(121) }, { contactName: "tooLong" }],
    ["main e-mail invalid", { contactEmail: "not-an-address" }, { contactEmail: "emailInvalid" }],
    ["main phone missing", { contactPhone: "" }, { contactPhone: "required" }],
    ["main phone not a number", { contactPhone: "call me" }, { contactPhone: "phoneInvalid" }],
    ["main phone too long", { contactPhone: "0".repeat(41) }, { contactPhone: "tooLong" }],
    ["on-site contact without a name", { onsiteName: "" }, { onsiteName: "contactIncomplete" }],
    ["on-site contact without an e-mail", { onsiteEmail: "" }, { onsiteEmail: "contactIncomplete" }],
    ["on-site e-mail invalid", { onsiteEmail: "hugo" }, { onsiteEmail: "emailInvalid" }],
    ["press contact with a phone only", { pressPhone: "0491000000" }, { pressName: "contactIncomplete" }],
    [
      "billing phone invalid",
      { billingName: "A", billingEmail: "a@b.fr", billingPhone: "abc" },
      { billingPhone: "phoneInvalid" },
    ],
  ])("refuses %s: 400, nothing stored", async (_case, overrides, expected) => {
    await expectRefused("contacts", { ...valid(), ...overrides }, expected, { cookie: draft.cookie });
  });
});

describe("the participation step", () => {
  it.each([
    ["an unknown stand kind", { standKind: "castle" }, { standKind: "invalidChoice" }],
    ["an area that is not offered", { areaChoice: "15" }, { areaChoice: "invalidChoice" }],
    ["a custom area left empty", { areaChoice: "custom" }, { areaCustom: "required" }],
    ["a custom area below 4 m²", { areaChoice: "custom", areaCustom: "3" }, { areaCustom: "areaRange" }],
    ["a custom area above 300 m²", { areaChoice: "custom", areaCustom: "301" }, { areaCustom: "areaRange" }],
    [
      "a custom area that is not a number",
      { areaChoice: "custom", areaCustom: "big" },
      { areaCustom: "notNumber" },
    ],
    ["a negative power", { powerKw: "-1" }, { powerKw: "powerRange" }],
    ["a power above 60 kW", { powerKw: "61" }, { powerKw: "powerRange" }],
    ["a power that is not a number", { powerKw: "lots" }, { powerKw: "notNumber" }],
    ["a power left empty", { powerKw: "" }, { powerKw: "required" }],
    ["two phases", { phases: "2" }, { phases: "invalidChoice" }],
    ["a forged checkbox value", { power24h: "yes" }, { power24h: "invalid" }],
    [
      "lasers declared without details",
      { lasers: "on", vrRigs: "", declarationDetails: "" },
      { declarationDetails: "detailsRequired" },
    ],
    ["details too long", { declarationDetails: long(2001) }, { declarationDetails: "tooLong" }],
    ["a demo description too long", { demoDescription: long(2001) }, { demoDescription: "tooLong" }],
    ["an unknown noise level", { noise: "deafening" }, { noise: "invalidChoice" }],
    ["an unknown pavilion", { pavilionCode: "pav-nord" }, { pavilionCode: "unknownPavilion" }],
    ["a zone that is not a pavilion", { pavilionCode: "quiet-1" }, { pavilionCode: "unknownPavilion" }],
    [
      "a pavilion stand without a pavilion",
      { standKind: "pavilion", pavilionCode: "" },
      { pavilionCode: "pavilionRequired" },
    ],
  ])("refuses %s: 400, nothing stored", async (_case, overrides, expected) => {
    const fields = Object.fromEntries(
      Object.entries({ ...VALID_PARTICIPATION, ...overrides }).filter(([, value]) => value !== ""),
    );
    if ("powerKw" in overrides && overrides.powerKw === "") fields.powerKw = "";
    await expectRefused("participation", fields, expected, { cookie: draft.cookie });
  });
});

describe("rules across fields of the other steps", () => {
  it("reports declarations without details even when the power is missing", async () => {
    const { powerKw: _missing, ...fields } = { ...VALID_PARTICIPATION, declarationDetails: "" };
    const outcome = await postStep(slug, "participation", fields, { cookie: draft.cookie });
    expect((outcome.body as { errors: object }).errors).toEqual({
      powerKw: "required",
      declarationDetails: "detailsRequired",
    });
  });

  it("reports an incomplete optional contact even when the main phone is missing", async () => {
    const { contactPhone: _missing, ...fields } = {
      ...VALID_CONTACTS,
      contactEmail: "a@b.fr",
      onsiteName: "",
    };
    const outcome = await postStep(slug, "contacts", fields, { cookie: draft.cookie });
    expect((outcome.body as { errors: object }).errors).toEqual({
      contactPhone: "required",
      onsiteName: "contactIncomplete",
    });
  });
});

describe("the wishes step", () => {
  it.each([
    ["an organisation id that does not exist", () => ({ near: ["999999"] }), { near: "unknownOrganisation" }],
    ["an id that is not a number", () => ({ avoid: ["abc"] }), { avoid: "unknownOrganisation" }],
    [
      "the applicant's own organisation",
      () => ({ near: [String(draft.organisationId)] }),
      { near: "unknownOrganisation" },
    ],
    [
      "an organisation whose application is only a draft",
      () => ({ near: [String(draftOfOtherId)] }),
      { near: "unknownOrganisation" },
    ],
    [
      "the same organisation near and away",
      () => ({ near: [String(candidates[0])], avoid: [String(candidates[0])] }),
      { avoid: "wishConflict" },
    ],
    ["more than 10 neighbours", () => ({ near: candidates.map(String) }), { near: "tooMany" }],
  ])("refuses %s: 400, nothing stored", async (_case, fields, expected) => {
    await expectRefused("wishes", fields(), expected, { cookie: draft.cookie });
  });
});

describe("the review step", () => {
  it.each([
    ["without consent", {}],
    ["with a forged consent value", { consent: "yes" }],
  ])("refuses to submit %s", async (_case, fields) => {
    await expectRefused("review", fields, { consent: "consentRequired" }, { cookie: draft.cookie });
  });
});
