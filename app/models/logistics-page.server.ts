import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { applications, type LogisticsFormKind } from "../../db/schema";
import { documentKinds } from "./logistics-answers";
import { answersToFields, type AnswerContext } from "./logistics-form-input";
import {
  assignedAreaM2,
  badgeAllowance,
  listFurnitureItems,
  listSubmissionDocuments,
  loadFormState,
  type BadgeAllowance,
  type DocumentView,
  type EventFormRow,
  type FurnitureItem,
  type LogisticsContext,
} from "./logistics-forms.server";
import { bookedSlotId, listSlots, type SlotView } from "./logistics-slots.server";
import type { ChecklistStatus, EditLock } from "./logistics-status";

/** Everything one form page shows, for the exhibitor's own application. */
export interface FormPageView {
  kind: LogisticsFormKind;
  mandatory: boolean;
  dueAt: string;
  status: ChecklistStatus;
  lock: EditLock;
  submission: {
    status: string;
    version: number;
    rejectionReason: string | null;
    submittedAt: string | null;
    updatedAt: string;
  } | null;
  values: Record<string, string>;
  documents: DocumentView[] | null;
  furniture: FurnitureItem[] | null;
  badges: BadgeAllowance | null;
  slots: { list: SlotView[]; booked: number | null } | null;
  power: { powerKw: number; phases: number; power24h: boolean } | null;
}

export function loadFormPage(
  context: LogisticsContext,
  kind: LogisticsFormKind,
  now = new Date(),
): FormPageView | null {
  const state = loadFormState(context, kind, now);
  if (!state) return null;
  const { form, submission } = state;
  const applicationId = context.application.id;
  return {
    kind,
    mandatory: form.mandatory,
    dueAt: form.dueAt.toISOString(),
    status: state.status,
    lock: state.lock,
    submission: submission
      ? {
          status: submission.status,
          version: submission.version,
          rejectionReason: submission.rejectionReason,
          submittedAt: submission.submittedAt?.toISOString() ?? null,
          updatedAt: submission.updatedAt.toISOString(),
        }
      : null,
    values: submission ? answersToFields(kind, submission.data) : {},
    documents: documentKinds.has(kind) ? (submission ? listSubmissionDocuments(submission.id) : []) : null,
    furniture: kind === "furniture" ? listFurnitureItems(context.event.id, { activeOnly: true }) : null,
    badges: kind === "badges" ? badgeAllowance(form, assignedAreaM2(applicationId)) : null,
    slots:
      kind === "load_in" || kind === "load_out"
        ? { list: listSlots(context.event.id, kind), booked: bookedSlotId(applicationId, kind) }
        : null,
    power: kind === "electrical" ? currentPower(applicationId) : null,
  };
}

function currentPower(applicationId: number) {
  return getDb()
    .select({ powerKw: applications.powerKw, phases: applications.phases, power24h: applications.power24h })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .get()!;
}

/** What parseAnswers checks beyond shapes: the event's active catalogue and the badge allowance. */
export function answerContextFor(context: LogisticsContext, form: EventFormRow | null): AnswerContext {
  return {
    furnitureItemIds: new Set(
      listFurnitureItems(context.event.id, { activeOnly: true }).map((item) => item.id),
    ),
    badgeLimit: form ? badgeAllowance(form, assignedAreaM2(context.application.id)).limit : 0,
  };
}
