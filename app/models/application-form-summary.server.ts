import { countryName } from "./countries";
import type { Locale } from "../i18n/i18n";
import type { ApplicationAnswers } from "./application-form.server";
import { listOrganisationNames, listPavilionZones } from "./application-form-options.server";
import { storedStepValues, type FieldValues } from "./application-form-values";

/** Every answer of an application, ready to show (review step, exhibitor portal). */
export interface AnswersSummary {
  organisation: FieldValues;
  countryName: string;
  logoUrl: string | null;
  contacts: FieldValues;
  participation: FieldValues;
  /** 0 m² in a draft: the participation step has not been answered. */
  participationAnswered: boolean;
  pavilionName: string | null;
  near: string[];
  avoid: string[];
}

export function logoUrlOf(organisation: { id: number; logoSha256: string | null }): string | null {
  // The hash in the query string changes with the logo, so a cached old logo is never shown.
  return organisation.logoSha256
    ? `/organisations/${organisation.id}/logo?v=${organisation.logoSha256.slice(0, 12)}`
    : null;
}

export function summariseAnswers(answers: ApplicationAnswers, locale: Locale): AnswersSummary {
  const { application, organisation } = answers;
  const names = new Map(
    listOrganisationNames(answers.wishes.map((w) => w.organisationId)).map((o) => [o.id, o.name]),
  );
  const namesOf = (kind: "near" | "avoid") =>
    answers.wishes
      .filter((w) => w.kind === kind)
      .map((w) => names.get(w.organisationId) ?? String(w.organisationId));
  const pavilion = application.pavilionCode
    ? listPavilionZones(application.eventId).find((zone) => zone.code === application.pavilionCode)
    : undefined;
  return {
    organisation: storedStepValues("organisation", answers),
    countryName: countryName(organisation.country, locale),
    logoUrl: logoUrlOf(organisation),
    contacts: storedStepValues("contacts", answers),
    participation: storedStepValues("participation", answers),
    participationAnswered: application.requestedAreaM2 > 0,
    pavilionName: pavilion?.name ?? application.pavilionCode,
    near: namesOf("near"),
    avoid: namesOf("avoid"),
  };
}
