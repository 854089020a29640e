import { and, asc, eq, inArray } from "drizzle-orm";
import {
  applications,
  eventForms,
  formSubmissions,
  furnitureItems,
  logisticsFormKinds,
  logisticsSlots,
  organisations,
  slotBookings,
  submissionDocuments,
  type LogisticsFormKind,
  type SlotKind,
  type SubmissionStatus,
} from "../schema";
import { documentKinds } from "../../app/models/logistics-answers";
import { defaultDueDays, endOfDay, zonedInstant } from "../../app/models/logistics-status";
import { recordFile, writeContentAddressed } from "../../app/models/file-store.server";
import type { DbHandle } from "../../app/models/plan.server";
import {
  BADGE_NAMES,
  FURNITURE_2024,
  INSURERS,
  MATERIALS,
  OPTIONAL_FORMS,
  REJECTION_REASONS,
} from "./logistics-data";
import { createPdf } from "./logistics-pdf";
import { createRandom, type Random } from "./prng";

const DAY = 86_400_000;

export interface LogisticsSeedSummary {
  forms: number;
  furnitureItems: number;
  slots: number;
  submissions: Record<SubmissionStatus, number>;
  bookings: number;
  documents: number;
}

interface SeedEvent {
  id: number;
  startsOn: string;
  endsOn: string;
  timezone: string;
}

/**
 * When the demo's logistics take place. The MIN 2024 lies in the past, and past deadlines would
 * lock every form and past slots could not be booked: the demo counts them from the day it is
 * seeded, as if the event opened 45 days later (or on its own date, were that later), keeping the
 * real spacing (machines a month before, safety rules a week before, load-in the day before
 * opening, load-out on the last evening). The one value taken from the clock.
 */
function demoOpening(event: SeedEvent, now: Date): number {
  return Math.max(Date.parse(`${event.startsOn}T12:00:00Z`), now.getTime() + 45 * DAY);
}

function demoDueAt(kind: LogisticsFormKind, event: SeedEvent, now: Date): Date {
  const opening = demoOpening(event, now);
  return endOfDay(new Date(opening - defaultDueDays[kind] * DAY).toISOString().slice(0, 10), event.timezone);
}

/** Every 30 minutes: load-in the day before opening 08:00–18:00, load-out after closing 18:00–22:00. */
function slotTimes(event: SeedEvent, now: Date) {
  const opening = demoOpening(event, now);
  const length = Date.parse(`${event.endsOn}T12:00:00Z`) - Date.parse(`${event.startsOn}T12:00:00Z`);
  const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);
  const dayBefore = isoDay(opening - DAY);
  const lastDay = isoDay(opening + length);
  const every = (day: string, from: number, to: number, kind: SlotKind, random: Random) =>
    Array.from({ length: (to - from) * 2 }, (_, i) => {
      const minutes = from * 60 + i * 30;
      const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      const startsAt = zonedInstant(`${day}T${hhmm}`, event.timezone);
      return {
        eventId: event.id,
        kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        capacity: random.int(4, 6),
      };
    });
  return (random: Random) => [
    ...every(dayBefore, 8, 18, "load_in", random),
    ...every(lastDay, 18, 22, "load_out", random),
  ];
}

/** What the exhibitor of the demo account finds: some forms done, the document forms still to do. */
const EXPO_PLAN: Partial<Record<LogisticsFormKind, SubmissionStatus>> = {
  electrical: "submitted",
  badges: "draft",
  load_in: "submitted",
  safety_rules: "approved",
};

function pickStatus(random: Random): SubmissionStatus | null {
  const roll = random.next();
  if (roll < 0.25) return null;
  if (roll < 0.38) return "draft";
  if (roll < 0.68) return "submitted";
  if (roll < 0.92) return "approved";
  return "rejected";
}

/**
 * The logistics of the MIN 2024: every form (realistic deadlines), the furniture catalogue, load-in
 * and load-out slots, and a mix of submissions over its accepted and confirmed exhibitors. Runs in
 * the seed's transaction; its own PRNG keeps the rest of the seed unchanged.
 */
export function seedLogistics(
  tx: DbHandle,
  event: SeedEvent,
  expoOrganisationSlug: string,
  now: Date,
): LogisticsSeedSummary {
  const random = createRandom(20241106);
  const forms = tx
    .insert(eventForms)
    .values(
      logisticsFormKinds.map((kind, position) => ({
        eventId: event.id,
        kind,
        enabled: true,
        mandatory: !OPTIONAL_FORMS.has(kind),
        dueAt: demoDueAt(kind, event, now),
        settings: kind === "badges" ? { badgesBase: 2, badgesPerM2: 9 } : {},
        position,
      })),
    )
    .returning()
    .all();
  const items = tx
    .insert(furnitureItems)
    .values(FURNITURE_2024.map((item) => ({ eventId: event.id, ...item })))
    .returning()
    .all();
  const slots = tx.insert(logisticsSlots).values(slotTimes(event, now)(random)).returning().all();
  const booked = new Map<number, number>();

  const exhibitors = tx
    .select({
      id: applications.id,
      powerKw: applications.powerKw,
      phases: applications.phases,
      power24h: applications.power24h,
      declarations: applications.declarations,
      slug: organisations.slug,
      name: organisations.name,
      contactName: applications.contactName,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(and(eq(applications.eventId, event.id), inArray(applications.status, ["accepted", "confirmed"])))
    .orderBy(asc(applications.id))
    .all();

  const summary: LogisticsSeedSummary = {
    forms: forms.length,
    furnitureItems: items.length,
    slots: slots.length,
    submissions: { draft: 0, submitted: 0, approved: 0, rejected: 0 },
    bookings: 0,
    documents: 0,
  };
  const activeItems = items.filter((item) => item.active);

  for (const exhibitor of exhibitors) {
    const isExpo = exhibitor.slug === expoOrganisationSlug;
    for (const form of forms) {
      const status = isExpo ? (EXPO_PLAN[form.kind] ?? null) : pickStatus(random);
      if (!status) continue;
      const answers = answersFor(
        form.kind,
        exhibitor,
        random,
        activeItems.map((i) => i.id),
      );
      if (form.kind === "load_in" || form.kind === "load_out") {
        if (status === "draft" || status === "rejected") continue;
        const slot = slots.filter((s) => s.kind === form.kind && (booked.get(s.id) ?? 0) < s.capacity)[
          random.int(0, 5)
        ];
        if (!slot) continue;
        booked.set(slot.id, (booked.get(slot.id) ?? 0) + 1);
        tx.insert(slotBookings)
          .values({ slotId: slot.id, applicationId: exhibitor.id, kind: form.kind })
          .run();
        answers.slotId = slot.id;
        summary.bookings += 1;
      }
      const sent = status !== "draft";
      const at = new Date(now.getTime() - random.int(1, 20) * DAY);
      const submission = tx
        .insert(formSubmissions)
        .values({
          eventFormId: form.id,
          applicationId: exhibitor.id,
          status,
          data: answers,
          rejectionReason:
            status === "rejected"
              ? (REJECTION_REASONS[form.kind] ??
                "Informations incomplètes : merci de compléter le formulaire.")
              : null,
          version: sent ? 2 : 1,
          submittedAt: sent ? at : null,
          reviewedAt: status === "approved" || status === "rejected" ? new Date(at.getTime() + DAY) : null,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: formSubmissions.id })
        .get();
      summary.submissions[status] += 1;
      if (sent && documentKinds.has(form.kind))
        summary.documents += attachDemoPdf(tx, submission.id, form.kind, exhibitor.name);
    }
  }
  return summary;
}

type Exhibitor = {
  powerKw: number;
  phases: number;
  power24h: boolean;
  declarations: { machines: boolean; lasers: boolean };
  contactName: string;
};

/** Plausible answers of each kind; the electrical order repeats the application's demand so the plan checks do not change. */
function answersFor(
  kind: LogisticsFormKind,
  exhibitor: Exhibitor,
  random: Random,
  itemIds: number[],
): Record<string, unknown> {
  switch (kind) {
    case "electrical":
      return { kw: exhibitor.powerKw, phases: exhibitor.phases === 3 ? 3 : 1, supply24h: exhibitor.power24h };
    case "furniture": {
      const picked = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(itemIds)))];
      return { lines: picked.map((itemId) => ({ itemId, quantity: random.int(1, 4) })) };
    }
    case "badges":
      return {
        badges: Array.from({ length: random.int(1, 2) }, (_, i) => ({
          name: i === 0 && exhibitor.contactName ? exhibitor.contactName : random.pick(BADGE_NAMES),
          role: i === 1 ? "staff" : "exhibitor",
        })),
      };
    case "load_in":
    case "load_out":
      return {};
    case "vehicle":
      return {
        plate: `${random.pick(["AB", "FG", "GH", "EK", "DZ"])}-${random.int(100, 999)}-${random.pick(["CD", "TR", "MX", "PL"])}`,
        lengthM: random.pick([5, 6, 7.5]),
        heightM: random.pick([2.2, 2.6, 3.1]),
      };
    case "insurance":
      return {
        insurer: random.pick(INSURERS),
        policyNumber: `RC-${random.int(100000, 999999)}`,
        validUntil: "2025-03-31",
      };
    case "fire_rating":
      return { materials: MATERIALS.slice(0, random.int(2, 4)).map((m) => ({ ...m })) };
    case "machines":
      // Lasers would need their technical note: the demo declares machines only.
      return {
        machines: exhibitor.declarations.machines,
        lasers: false,
        laserClass: null,
        dangerousProducts: false,
        description: exhibitor.declarations.machines
          ? "Bras robotisé de démonstration, 1,5 kW, zone balisée."
          : "",
      };
    case "safety_rules":
      return { accepted: true, signatoryName: exhibitor.contactName || "Responsable du stand" };
  }
}

function attachDemoPdf(
  tx: DbHandle,
  submissionId: number,
  kind: LogisticsFormKind,
  organisation: string,
): number {
  const titles: Partial<Record<LogisticsFormKind, string>> = {
    insurance: "Attestation d'assurance",
    fire_rating: "Proces-verbal de reaction au feu",
    machines: "Notice technique",
  };
  const stored = writeContentAddressed(
    createPdf([titles[kind] ?? kind, organisation, "Document de demonstration - MIN 2024"]),
    "application/pdf",
  );
  recordFile(stored, tx);
  const fileName = `${kind}-${organisation
    .normalize("NFD")
    .replace(/[^\w]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()}.pdf`;
  tx.insert(submissionDocuments)
    .values({
      submissionId,
      fileSha256: stored.sha256,
      fileName,
      mime: stored.mime,
      sizeBytes: stored.sizeBytes,
    })
    .run();
  return 1;
}
