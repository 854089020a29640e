import type { Declarations } from "../../db/schema/applications";
import { DECLARATION_KEYS, type ApplyStep, type ContactRole } from "./application-form-options";
import { isLegalFormCode, siretRequired } from "./legal-forms";

/**
 * What an application still lacks, shared by the review step (blocking items stop the submission)
 * and the exhibitor portal (the checklist). Pure: data in, list out.
 */
export const CHECKLIST_CODES = [
  "siret",
  "description",
  "contactPhone",
  "participation",
  "declarationDetails",
  "consent",
  "logo",
  "descriptionFr",
  "descriptionEn",
  "onsiteContact",
] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];

export interface ChecklistItem {
  code: ChecklistCode;
  /** Where the applicant fixes it. */
  step: ApplyStep;
  /** Blocking items must be fixed before the application can be submitted. */
  blocking: boolean;
}

export interface ChecklistInput {
  organisation: {
    siret: string | null;
    country: string;
    legalForm: string | null;
    descriptionFr: string;
    descriptionEn: string;
    logoSha256: string | null;
  };
  application: {
    contactPhone: string;
    requestedAreaM2: number;
    declarations: Declarations;
    consentAt: Date | null;
  };
  contactRoles: readonly ContactRole[];
}

export function listMissingItems({
  organisation: org,
  application: app,
  contactRoles,
}: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (code: ChecklistCode, step: ApplyStep, blocking: boolean) =>
    items.push({ code, step, blocking });
  // Older rows may hold a free-text legal form; only a known French one makes the SIRET mandatory.
  if (!org.siret && isLegalFormCode(org.legalForm) && siretRequired(org.country, org.legalForm))
    add("siret", "organisation", true);
  if (!org.descriptionFr && !org.descriptionEn) add("description", "organisation", true);
  if (!app.contactPhone) add("contactPhone", "contacts", true);
  // A draft is created with 0 m²: the participation step has not been answered yet.
  if (app.requestedAreaM2 <= 0) add("participation", "participation", true);
  const declared = DECLARATION_KEYS.some((key) => app.declarations[key]);
  if (declared && !app.declarations.details?.trim()) add("declarationDetails", "participation", true);
  if (!app.consentAt) add("consent", "review", true);
  if (!org.logoSha256) add("logo", "organisation", false);
  if (org.descriptionEn && !org.descriptionFr) add("descriptionFr", "organisation", false);
  if (org.descriptionFr && !org.descriptionEn) add("descriptionEn", "organisation", false);
  if (!contactRoles.includes("onsite")) add("onsiteContact", "contacts", false);
  return items;
}

/** The steps a draft has answered (for the step indicator); the wishes are optional, done once reached. */
export function completedSteps(
  answers: { application: { contactPhone: string; requestedAreaM2: number } } | null,
): ApplyStep[] {
  if (!answers) return [];
  const steps: ApplyStep[] = ["organisation"];
  if (answers.application.contactPhone) steps.push("contacts");
  if (answers.application.requestedAreaM2 > 0) steps.push("participation", "wishes");
  return steps;
}

/** Where a resumed draft continues: the first step it has not answered, else the review. */
export function firstOpenStep(answers: Parameters<typeof completedSteps>[0]): ApplyStep {
  const done = completedSteps(answers);
  return (
    (["organisation", "contacts", "participation"] as const).find((step) => !done.includes(step)) ?? "review"
  );
}
