import type { Locale } from "../i18n/i18n";
import { countryOptions, type CountryOption } from "./countries";
import type { EventRow } from "./event.server";
import type { ApplicationAnswers } from "./application-form.server";
import type { ApplyStep, OrganisationOption, PavilionOption } from "./application-form-options";
import { listMissingItems, type ChecklistItem } from "./application-form-checklist";
import { listOrganisationNames, listPavilionZones } from "./application-form-options.server";
import { logoUrlOf, summariseAnswers, type AnswersSummary } from "./application-form-summary.server";
import { wishOrganisationIds } from "./application-form-steps.server";
import { storedStepValues, type FieldValues } from "./application-form-values";

/** What a step's page needs: the stored answers as field values and the step's choices. */
export interface StepView {
  values: FieldValues;
  logoUrl: string | null;
  countries: CountryOption[];
  pavilions: PavilionOption[];
  candidates: OrganisationOption[];
  summary: AnswersSummary | null;
  missing: ChecklistItem[];
}

const NO_VALUES: FieldValues = {};

export function loadStepView(
  step: ApplyStep,
  event: EventRow,
  answers: ApplicationAnswers | null,
  locale: Locale,
): StepView {
  const view: StepView = {
    values: answers && step !== "review" ? storedStepValues(step, answers) : NO_VALUES,
    logoUrl: answers ? logoUrlOf(answers.organisation) : null,
    countries: [],
    pavilions: [],
    candidates: [],
    summary: null,
    missing: [],
  };
  if (step === "organisation") view.countries = countryOptions(locale);
  if (step === "participation") view.pavilions = listPavilionZones(event.id);
  if (step === "wishes") view.candidates = listOrganisationNames(wishOrganisationIds(event.id, answers));
  if (step === "review" && answers) {
    view.summary = summariseAnswers(answers, locale);
    view.missing = listMissingItems({
      organisation: answers.organisation,
      application: answers.application,
      contactRoles: answers.contacts.map((contact) => contact.role),
    });
  }
  return view;
}
