import type { z } from "zod";
import type { EventRow } from "./event.server";
import type { ApplicationAnswers } from "./application-form.server";
import {
  ORGANISATION_BODY_MAX_BYTES,
  TEXT_BODY_MAX_BYTES,
  type ApplyStep,
  type EditableStep,
} from "./application-form-options";
import {
  contactsSchema,
  organisationSchema,
  participationSchema,
  startSchema,
  wishesSchema,
  type StepErrors,
} from "./application-form-schemas";
import {
  collectFormValues,
  echoFormValues,
  parseStepValues,
  type FormValues,
} from "./application-form-parse";
import { checkLogoUpload, type LogoCheck } from "./application-form-logo.server";
import { listPavilionZones, listWishCandidates } from "./application-form-options.server";
import { readCappedFormData } from "./application-form-request.server";
import { createResumeToken, emailResumeLink } from "./application-form-resume.server";
import {
  saveContactsStep,
  saveOrganisationStep,
  saveParticipationStep,
  saveWishesStep,
  type Actor,
  type SaveResult,
} from "./application-form-save.server";

/** Why a step was refused: field errors (400), a duplicate organisation (409), an oversized body (413). */
export type StepRefusal = {
  ok: false;
  status: 400 | 409 | 413;
  alert: "summary" | "duplicate" | "tooLarge";
  errors: StepErrors;
  values: Record<string, string | string[]>;
};

export type StepSubmission = { ok: true } | StepRefusal;

export type StepValues = { ok: true; values: FormValues } | StepRefusal;

/** Reads a step's form (size-capped: only the organisation step carries a file). */
export async function readStepValues(request: Request, step: ApplyStep): Promise<StepValues> {
  const max = step === "organisation" ? ORGANISATION_BODY_MAX_BYTES : TEXT_BODY_MAX_BYTES;
  const read = await readCappedFormData(request, max);
  if (!read.ok) return { ok: false, status: 413, alert: "tooLarge", errors: {}, values: {} };
  return { ok: true, values: collectFormValues(read.form, step === "wishes" ? ["near", "avoid"] : []) };
}

function refuse(errors: StepErrors, values: FormValues): StepRefusal {
  return { ok: false, status: 400, alert: "summary", errors, values: echoFormValues(values) };
}

/** The organisations an application may name: the event's known exhibitors, plus any it named before. */
export function wishOrganisationIds(eventId: number, answers: ApplicationAnswers | null): number[] {
  const candidates = listWishCandidates(eventId, answers?.organisation.id ?? null).map((o) => o.id);
  return [...new Set([...candidates, ...(answers?.wishes.map((w) => w.organisationId) ?? [])])];
}

/** Parses the organisation step's text fields and its logo together: one answer lists every error. */
async function parseOrganisation<T>(schema: z.ZodType<T>, values: FormValues) {
  const parsed = parseStepValues(schema, values);
  const logo: LogoCheck = await checkLogoUpload(values.logo);
  const errors: StepErrors = parsed.ok ? {} : { ...parsed.errors };
  if (logo.kind === "error") errors.logo = logo.code;
  return parsed.ok && logo.kind !== "error"
    ? { ok: true as const, data: parsed.data, logo }
    : { ok: false as const, errors };
}

/** The first step, before any draft exists: checks the answers only (the caller starts the draft). */
export async function parseStartStep(values: FormValues) {
  const parsed = await parseOrganisation(startSchema, values);
  return parsed.ok
    ? { ok: true as const, answers: parsed.data, logo: parsed.logo }
    : refuse(parsed.errors, values);
}

/**
 * Checks and saves one step of an existing application: the same schemas for the public form and
 * the exhibitor portal. Nothing is written unless every field of the step is valid.
 */
export async function submitEditableStep(
  step: EditableStep,
  values: FormValues,
  context: { event: EventRow; answers: ApplicationAnswers; actor: Actor; origin: string },
): Promise<StepSubmission> {
  const { event, answers, actor } = context;
  let result: SaveResult;
  switch (step) {
    case "organisation": {
      const parsed = await parseOrganisation(organisationSchema, values);
      if (!parsed.ok) return refuse(parsed.errors, values);
      result = saveOrganisationStep(answers, parsed.data, parsed.logo, actor);
      break;
    }
    case "contacts": {
      const parsed = parseStepValues(contactsSchema, values);
      if (!parsed.ok) return refuse(parsed.errors, values);
      result = saveContactsStep(answers, parsed.data, actor);
      // A draft's resume links follow its contact: the new address gets one (old links stop resolving).
      if (
        result.ok &&
        actor.checkDuplicates &&
        parsed.data.contactEmail !== answers.application.contactEmail
      ) {
        const to = {
          email: parsed.data.contactEmail,
          name: parsed.data.contactName,
          locale: answers.application.locale,
        };
        await emailResumeLink({
          to,
          event,
          token: createResumeToken(to.email),
          origin: context.origin,
          reason: "started",
        });
      }
      break;
    }
    case "participation": {
      const pavilionCodes = listPavilionZones(event.id).map((zone) => zone.code);
      const parsed = parseStepValues(participationSchema({ pavilionCodes }), values);
      if (!parsed.ok) return refuse(parsed.errors, values);
      result = saveParticipationStep(answers, parsed.data, actor);
      break;
    }
    case "wishes": {
      const parsed = parseStepValues(
        wishesSchema({ organisationIds: wishOrganisationIds(event.id, answers) }),
        values,
      );
      if (!parsed.ok) return refuse(parsed.errors, values);
      result = saveWishesStep(answers, parsed.data, actor);
      break;
    }
  }
  if (result.ok) return { ok: true };
  if ("errors" in result) return refuse(result.errors, values);
  const token = createResumeToken(result.duplicate.email);
  await emailResumeLink({ to: result.duplicate, event, token, origin: context.origin, reason: "duplicate" });
  return { ok: false, status: 409, alert: "duplicate", errors: {}, values: echoFormValues(values) };
}
