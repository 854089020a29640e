import { z } from "zod";
import type { Declarations } from "../../db/schema/applications";
import { isCountryCode } from "./countries";
import { isLegalFormCode, LEGAL_FORM_CODES, siretRequired } from "./legal-forms";
import { hasSiretFormat, isValidSiret, normaliseSiret } from "./siret";
import {
  AREA_MAX_M2,
  AREA_MIN_M2,
  AREA_CHOICES,
  CONTACT_ROLES,
  DECLARATION_KEYS,
  LIMITS,
  NOISE_LEVELS,
  PHASES,
  POWER_MAX_KW,
  SECTOR_CODES,
  STAND_KINDS,
  WISHES_MAX,
  type ContactRole,
} from "./application-form-options";

/**
 * One zod schema per step of the application form, shared by the public form and the exhibitor
 * portal. Messages are error codes of `apply.errors`: the page translates them next to each field.
 */
export const APPLY_ERROR_CODES = [
  "required",
  "invalid",
  "tooLong",
  "emailInvalid",
  "invalidChoice",
  "siretFormat",
  "siretKey",
  "siretRequired",
  "siretTaken",
  "postcodeFr",
  "urlInvalid",
  "phoneInvalid",
  "notNumber",
  "areaRange",
  "powerRange",
  "detailsRequired",
  "pavilionRequired",
  "unknownPavilion",
  "unknownOrganisation",
  "wishConflict",
  "tooMany",
  "contactIncomplete",
  "logoType",
  "logoEmpty",
  "logoTooLarge",
  "consentRequired",
] as const;
export type ApplyErrorCode = (typeof APPLY_ERROR_CODES)[number];
export type StepErrors = Partial<Record<string, ApplyErrorCode>>;

const typeError = (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalid");
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const requiredText = (max: number) =>
  z.string({ error: typeError }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

/** An optional text: absent and blank both read as "". */
const optionalText = (max: number) =>
  z.preprocess((v) => v ?? "", z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }));

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { error: (issue) => (issue.input === undefined ? "required" : "invalidChoice") }),
  );

/** A ticked box sends "on"; anything else but nothing at all is a forged value. */
const checkbox = z
  .enum(["on"], { error: "invalid" })
  .optional()
  .transform((value) => value === "on");

const requiredEmail = requiredText(LIMITS.email)
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }));
const emailFormat = z.email();
const optionalEmail = optionalText(LIMITS.email)
  .transform((v) => v.toLowerCase())
  .refine((v) => v === "" || emailFormat.safeParse(v).success, { error: "emailInvalid" });

const PHONE = /^\+?[0-9 ().\-/]+$/;
const isPhone = (v: string) => PHONE.test(v) && v.replace(/\D/g, "").length >= 6;
const requiredPhone = requiredText(LIMITS.phone).refine(isPhone, { error: "phoneInvalid" });
const optionalPhone = optionalText(LIMITS.phone).refine((v) => v === "" || isPhone(v), {
  error: "phoneInvalid",
});

/** "studio.fr" reads as https://studio.fr; anything else must already be an http(s) URL. */
export function normaliseWebsite(value: string): string {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(value) ? `https://${value}` : value;
}
function isWebsite(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
const website = optionalText(LIMITS.website)
  .transform(normaliseWebsite)
  .refine((v) => v === "" || isWebsite(v), { error: "urlInvalid" });

/** A decimal number as people type it: "2", "2.5" or "2,5" (negative numbers parse, then fail ranges). */
const decimalText = requiredText(20)
  .regex(/^-?\d{1,6}(?:[.,]\d{1,2})?$/, { error: "notNumber" })
  .transform((v) => Number(v.replace(",", ".")));

const organisationShape = {
  name: requiredText(LIMITS.organisationName),
  legalForm: choice(LEGAL_FORM_CODES),
  siret: optionalText(LIMITS.siretInput)
    .transform(normaliseSiret)
    .refine((v) => v === "" || hasSiretFormat(v), { error: "siretFormat", abort: true })
    .refine((v) => v === "" || isValidSiret(v), { error: "siretKey" }),
  address: requiredText(LIMITS.address),
  postcode: requiredText(LIMITS.postcode),
  city: requiredText(LIMITS.city),
  country: requiredText(2).toUpperCase().refine(isCountryCode, { error: "invalidChoice" }),
  website,
  sector: choice(SECTOR_CODES),
  descriptionFr: optionalText(LIMITS.description),
  descriptionEn: optionalText(LIMITS.description),
};

type Loose = Record<string, unknown>;
const textIn = (value: Loose, key: string) => (typeof value[key] === "string" ? (value[key] as string) : "");

/** A rule across fields: which field it marks, with which code, when it fails. */
interface CrossRule {
  path: string;
  error: ApplyErrorCode;
  fails: (value: Loose) => boolean;
}

/**
 * Adds rules across fields that run even when some field already failed (zod skips an object's
 * refinements once a field is missing), so that one answer lists every error of the step.
 */
function withCrossRules<S extends z.ZodType>(schema: S, rules: readonly CrossRule[]): S {
  return rules.reduce(
    (current, rule) =>
      current.refine((value) => !rule.fails((value ?? {}) as Loose), {
        error: rule.error,
        path: [rule.path],
        when: () => true,
      }),
    schema,
  );
}

const organisationRules: CrossRule[] = [
  {
    path: "siret",
    error: "siretRequired",
    fails: (v) => {
      const legalForm = v.legalForm;
      return (
        !textIn(v, "siret") && isLegalFormCode(legalForm) && siretRequired(textIn(v, "country"), legalForm)
      );
    },
  },
  {
    path: "postcode",
    error: "postcodeFr",
    fails: (v) =>
      textIn(v, "country") === "FR" && textIn(v, "postcode") !== "" && !/^\d{5}$/.test(textIn(v, "postcode")),
  },
];

export const organisationSchema = withCrossRules(z.object(organisationShape), organisationRules);

/** The first step also asks who we are talking to: the resume link goes to that address. */
export const startSchema = withCrossRules(
  z.object({
    ...organisationShape,
    contactName: requiredText(LIMITS.personName),
    contactEmail: requiredEmail,
  }),
  organisationRules,
);

const roleFields = (role: ContactRole) => ({
  [`${role}Name`]: optionalText(LIMITS.personName),
  [`${role}Email`]: optionalEmail,
  [`${role}Phone`]: optionalPhone,
});

// An optional contact is all or nothing: a phone number without a name helps nobody on site.
const startedContact = (v: Loose, role: ContactRole) =>
  ["Name", "Email", "Phone"].some((field) => textIn(v, `${role}${field}`) !== "");
const contactRules: CrossRule[] = CONTACT_ROLES.flatMap((role) => [
  {
    path: `${role}Name`,
    error: "contactIncomplete",
    fails: (v) => startedContact(v, role) && !textIn(v, `${role}Name`),
  },
  {
    path: `${role}Email`,
    error: "contactIncomplete",
    fails: (v) => startedContact(v, role) && !textIn(v, `${role}Email`),
  },
]);

export const contactsSchema = withCrossRules(
  z.object({
    contactName: requiredText(LIMITS.personName),
    contactEmail: requiredEmail,
    contactPhone: requiredPhone,
    ...Object.assign({}, ...CONTACT_ROLES.map(roleFields)),
  } as Record<string, z.ZodType<string>>),
  contactRules,
).transform((value) => ({
  contactName: value.contactName ?? "",
  contactEmail: value.contactEmail ?? "",
  contactPhone: value.contactPhone ?? "",
  others: CONTACT_ROLES.flatMap((role) => {
    const name = value[`${role}Name`] ?? "";
    return name
      ? [{ role, name, email: value[`${role}Email`] ?? "", phone: value[`${role}Phone`] ?? "" }]
      : [];
  }),
}));

export interface ParticipationOptions {
  pavilionCodes: readonly string[];
}

const AREA_NUMBER = /^\d{1,6}([.,]\d{1,2})?$/;
const customArea = (v: Loose) => (textIn(v, "areaChoice") === "custom" ? textIn(v, "areaCustom") : null);
const participationRules: CrossRule[] = [
  { path: "areaCustom", error: "required", fails: (v) => customArea(v) === "" },
  {
    path: "areaCustom",
    error: "notNumber",
    fails: (v) => !!customArea(v) && !AREA_NUMBER.test(customArea(v)!),
  },
  {
    path: "areaCustom",
    error: "areaRange",
    fails: (v) => {
      const area = customArea(v);
      if (!area || !AREA_NUMBER.test(area)) return false;
      const m2 = Number(area.replace(",", "."));
      return m2 < AREA_MIN_M2 || m2 > AREA_MAX_M2;
    },
  },
  {
    path: "declarationDetails",
    error: "detailsRequired",
    // A ticked box reads as true once parsed, or still "on" when another field failed first.
    fails: (v) =>
      DECLARATION_KEYS.some((key) => v[key] === true || v[key] === "on") && !textIn(v, "declarationDetails"),
  },
  {
    path: "pavilionCode",
    error: "pavilionRequired",
    fails: (v) => textIn(v, "standKind") === "pavilion" && !textIn(v, "pavilionCode"),
  },
];

export function participationSchema({ pavilionCodes }: ParticipationOptions) {
  // Without a pavilion zone in the event's halls, asking for a pavilion stand makes no sense.
  const kinds = pavilionCodes.length > 0 ? STAND_KINDS : (["shell", "raw"] as const);
  return withCrossRules(
    z.object({
      standKind: choice(kinds),
      areaChoice: choice(AREA_CHOICES),
      areaCustom: optionalText(20),
      powerKw: decimalText.refine((kw) => kw >= 0 && kw <= POWER_MAX_KW, { error: "powerRange" }),
      phases: choice(PHASES),
      power24h: checkbox,
      demoDescription: optionalText(LIMITS.demoDescription),
      machines: checkbox,
      lasers: checkbox,
      drones: checkbox,
      vrRigs: checkbox,
      declarationDetails: optionalText(LIMITS.declarationDetails),
      noise: choice(NOISE_LEVELS),
      pavilionCode: optionalText(100).refine((v) => v === "" || pavilionCodes.includes(v), {
        error: "unknownPavilion",
      }),
    }),
    participationRules,
  ).transform((v) => {
    const declarations: Declarations = {
      machines: v.machines,
      lasers: v.lasers,
      drones: v.drones,
      vrRigs: v.vrRigs,
      ...(v.declarationDetails ? { details: v.declarationDetails } : {}),
    };
    return {
      standKind: v.standKind,
      requestedAreaM2:
        v.areaChoice === "custom" ? Number(v.areaCustom.replace(",", ".")) : Number(v.areaChoice),
      powerKw: v.powerKw,
      phases: Number(v.phases),
      power24h: v.power24h,
      demoDescription: v.demoDescription,
      declarations,
      noise: v.noise,
      pavilionCode: v.pavilionCode || null,
    };
  });
}

export interface WishesOptions {
  /** The organisations an applicant may name: known exhibitors of the event, never itself. */
  organisationIds: readonly number[];
}

export function wishesSchema({ organisationIds }: WishesOptions) {
  const known = new Set(organisationIds.map(String));
  const list = z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string({ error: "invalid" }).trim().max(12, { error: "invalid" })),
    )
    // The no-JS "add" select sends "" when nothing is chosen.
    .transform((ids) => [...new Set(ids.filter((id) => id !== ""))])
    .refine((ids) => ids.every((id) => known.has(id)), { error: "unknownOrganisation" })
    .refine((ids) => ids.length <= WISHES_MAX, { error: "tooMany" });
  const ids = (v: Loose, key: string) => (Array.isArray(v[key]) ? (v[key] as unknown[]) : []);
  return withCrossRules(z.object({ near: list, avoid: list }), [
    {
      path: "avoid",
      error: "wishConflict",
      fails: (v) => ids(v, "avoid").some((id) => ids(v, "near").includes(id)),
    },
  ]).transform((v) => ({ near: v.near.map(Number), avoid: v.avoid.map(Number) }));
}

/** "Lost your link?" on the intro page. */
export const lostLinkSchema = z.object({ email: requiredEmail });

export const reviewSchema = z.object({
  consent: z.enum(["on"], { error: "consentRequired" }),
});

export type OrganisationAnswers = z.output<typeof organisationSchema>;
export type StartAnswers = z.output<typeof startSchema>;
export type ContactsAnswers = z.output<typeof contactsSchema>;
export type ParticipationAnswers = z.output<ReturnType<typeof participationSchema>>;
export type WishesAnswers = z.output<ReturnType<typeof wishesSchema>>;
