import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applicationContacts, applications, applicationWishes, organisations } from "../../db/schema";
import { recordAudit, type DbExecutor } from "./audit.server";
import type { ApplicationAnswers } from "./application-form.server";
import type { EditableStep } from "./application-form-options";
import type {
  ContactsAnswers,
  OrganisationAnswers,
  ParticipationAnswers,
  StepErrors,
  WishesAnswers,
} from "./application-form-schemas";
import { storeLogo, type LogoCheck } from "./application-form-logo.server";
import {
  findOrganisationBySiret,
  findSameOrganisationApplication,
  type ContactOnFile,
} from "./application-form-duplicates.server";
import { organisationColumns } from "./application-form-start.server";
import { emailDomainOf } from "./webmail-domains";

/** Who saves: a logged-in exhibitor, or nobody yet (an applicant holding a draft cookie). */
export interface Actor {
  userId: number | null;
  /** Drafts of the public form also run the one-application rule; the portal's saves do not need to. */
  checkDuplicates: boolean;
}

export type SaveResult =
  | { ok: true }
  | { ok: false; errors: StepErrors }
  | { ok: false; duplicate: ContactOnFile & { applicationId: number } };

/** The columns that changed, before and after, for the audit log. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

function audit(
  tx: DbExecutor,
  answers: ApplicationAnswers,
  actor: Actor,
  step: EditableStep,
  diff: ReturnType<typeof changes>,
) {
  const { application } = answers;
  tx.update(applications).set({ updatedAt: new Date() }).where(eq(applications.id, application.id)).run();
  recordAudit(
    {
      userId: actor.userId,
      eventId: application.eventId,
      entity: "application",
      entityId: String(application.id),
      action: "application.update",
      before: diff.before,
      after: { step, ...diff.after },
    },
    tx,
  );
}

export function saveOrganisationStep(
  answers: ApplicationAnswers,
  data: OrganisationAnswers,
  logo: LogoCheck,
  actor: Actor,
): SaveResult {
  const { organisation, application } = answers;
  return getDb().transaction((tx): SaveResult => {
    if (data.siret && actor.checkDuplicates) {
      const probe = { siret: data.siret, contactEmail: application.contactEmail };
      const duplicate = findSameOrganisationApplication(tx, application.eventId, probe, organisation.id);
      if (duplicate) return { ok: false, duplicate };
    }
    if (data.siret && findOrganisationBySiret(tx, data.siret, organisation.id))
      return { ok: false, errors: { siret: "siretTaken" } };
    const columns = {
      ...organisationColumns(data),
      logoSha256: logo.kind === "ok" ? storeLogo(logo, tx) : organisation.logoSha256,
    };
    tx.update(organisations).set(columns).where(eq(organisations.id, organisation.id)).run();
    audit(tx, answers, actor, "organisation", changes(organisation, columns));
    return { ok: true };
  });
}

export function saveContactsStep(
  answers: ApplicationAnswers,
  data: ContactsAnswers,
  actor: Actor,
): SaveResult {
  const { organisation, application } = answers;
  return getDb().transaction((tx): SaveResult => {
    if (actor.checkDuplicates && data.contactEmail !== application.contactEmail.toLowerCase()) {
      const probe = { siret: null, contactEmail: data.contactEmail };
      const duplicate = findSameOrganisationApplication(tx, application.eventId, probe, organisation.id);
      if (duplicate) return { ok: false, duplicate };
    }
    const main = {
      contactName: data.contactName,
      contactEmail: data.contactEmail,
      contactPhone: data.contactPhone,
    };
    tx.update(applications).set(main).where(eq(applications.id, application.id)).run();
    tx.update(organisations)
      .set({ emailDomain: emailDomainOf(data.contactEmail) || null })
      .where(eq(organisations.id, organisation.id))
      .run();
    tx.delete(applicationContacts).where(eq(applicationContacts.applicationId, application.id)).run();
    if (data.others.length > 0)
      tx.insert(applicationContacts)
        .values(
          data.others.map((contact, position) => ({ ...contact, applicationId: application.id, position })),
        )
        .run();
    const before = {
      ...pick(application, main),
      others: answers.contacts.map(({ role, name, email, phone }) => ({ role, name, email, phone })),
    };
    audit(tx, answers, actor, "contacts", changes(before, { ...main, others: data.others }));
    return { ok: true };
  });
}

export function saveParticipationStep(
  answers: ApplicationAnswers,
  data: ParticipationAnswers,
  actor: Actor,
): SaveResult {
  const { application } = answers;
  return getDb().transaction((tx): SaveResult => {
    tx.update(applications).set(data).where(eq(applications.id, application.id)).run();
    audit(tx, answers, actor, "participation", changes(application, data));
    return { ok: true };
  });
}

export function saveWishesStep(answers: ApplicationAnswers, data: WishesAnswers, actor: Actor): SaveResult {
  const { application } = answers;
  return getDb().transaction((tx): SaveResult => {
    tx.delete(applicationWishes).where(eq(applicationWishes.applicationId, application.id)).run();
    const rows = [
      ...data.near.map((organisationId) => ({
        applicationId: application.id,
        organisationId,
        kind: "near" as const,
      })),
      ...data.avoid.map((organisationId) => ({
        applicationId: application.id,
        organisationId,
        kind: "avoid" as const,
      })),
    ];
    if (rows.length > 0) tx.insert(applicationWishes).values(rows).run();
    const before = {
      near: answers.wishes.filter((w) => w.kind === "near").map((w) => w.organisationId),
      avoid: answers.wishes.filter((w) => w.kind === "avoid").map((w) => w.organisationId),
    };
    audit(tx, answers, actor, "wishes", changes(before, data));
    return { ok: true };
  });
}

function pick<T extends object>(source: T, keysOf: object): Partial<T> {
  return Object.fromEntries(
    Object.keys(keysOf).map((key) => [key, (source as Record<string, unknown>)[key]]),
  ) as Partial<T>;
}
