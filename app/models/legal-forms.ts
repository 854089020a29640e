/**
 * Legal forms offered by the application form (labels in the `apply` translations). The code is
 * what organisations.legalForm stores. `foreign` marks forms without a French SIRET: an organisation
 * with such a form needs none, even with a French address (a branch that is not registered yet).
 */
export const LEGAL_FORMS = [
  { code: "SAS", foreign: false },
  { code: "SASU", foreign: false },
  { code: "SARL", foreign: false },
  { code: "EURL", foreign: false },
  { code: "SA", foreign: false },
  { code: "SNC", foreign: false },
  { code: "SCOP", foreign: false },
  { code: "SCIC", foreign: false },
  { code: "EI", foreign: false },
  { code: "association", foreign: false },
  { code: "fondation", foreign: false },
  { code: "public", foreign: false },
  { code: "GIP", foreign: false },
  { code: "other", foreign: false },
  { code: "foreign", foreign: true },
] as const;

export type LegalFormCode = (typeof LEGAL_FORMS)[number]["code"];

export const LEGAL_FORM_CODES = LEGAL_FORMS.map((form) => form.code) as [LegalFormCode, ...LegalFormCode[]];

export function isLegalFormCode(value: unknown): value is LegalFormCode {
  return typeof value === "string" && (LEGAL_FORM_CODES as readonly string[]).includes(value);
}

export function isForeignLegalForm(code: LegalFormCode): boolean {
  return LEGAL_FORMS.some((form) => form.code === code && form.foreign);
}

/** The SIRET rule of the form: required for a French organisation with a French legal form. */
export function siretRequired(country: string, legalForm: LegalFormCode): boolean {
  return country === "FR" && !isForeignLegalForm(legalForm);
}
