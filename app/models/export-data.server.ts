import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applicationContacts,
  applications,
  assignments,
  eventForms,
  events,
  formSubmissions,
  furnitureItems,
  logisticsSlots,
  organisations,
  slotBookings,
  stands,
} from "../../db/schema";
import type { LogisticsFormKind } from "../../db/schema/logistics";
import type { ExportData, ExportExhibitor, ExportStand } from "~/exports/types";
import { logisticsAnswers, type LogisticsAnswers } from "./logistics-answers";
import { loadEventPlan } from "./plan-load.server";
import { toPhases, type DbHandle } from "./plan-db.server";

/**
 * Everything the staff exports print for one event, read in a fixed number of queries: the plan
 * (through loadEventPlan, the one mapping of the format), the stands' fascia names, the
 * applications holding stands with their on-site contact, and their logistics answers — submitted
 * or approved submissions only, each parsed by its zod schema (an answer that does not parse is
 * left out, and the exports print a dash, as they do when logistics were never filled in).
 */
const USED_STATUSES = ["submitted", "approved"] as const;

export function loadExportData(eventId: number, db: DbHandle = getDb(), now = new Date()): ExportData {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new Response("Event not found", { status: 404 });
  const plan = loadEventPlan(eventId, db);

  const standRows = db
    .select({ code: stands.code, fasciaName: stands.fasciaName, applicationId: assignments.applicationId })
    .from(stands)
    .leftJoin(assignments, eq(assignments.standId, stands.id))
    .where(eq(stands.eventId, eventId))
    .all();
  const byCode = new Map(standRows.map((r) => [r.code, r]));
  const applicationIds = [
    ...new Set(standRows.flatMap((r) => (r.applicationId === null ? [] : [r.applicationId]))),
  ];
  const exhibitors = loadExhibitors(db, eventId, applicationIds, standRows);

  const halls = new Map(plan.halls.map((h) => [h.id, h]));
  const exportStands: ExportStand[] = plan.stands.map((s) => {
    const row = byCode.get(s.id);
    const hall = halls.get(s.hallId);
    return {
      code: s.id,
      hallId: s.hallId,
      hallName: hall?.name ?? s.hallId,
      venueName: hall?.venue ?? "",
      x: s.x,
      y: s.y,
      width: s.width,
      depth: s.depth,
      rotation: s.rotation,
      areaM2: s.width * s.depth,
      covered: s.covered,
      status: s.status ?? (s.exhibitorId ? "assigned" : "available"),
      fasciaName: row?.fasciaName ?? null,
      notes: s.notes ?? null,
      powerBoxId: s.powerBoxId,
      exhibitor: row?.applicationId ? (exhibitors.get(row.applicationId) ?? null) : null,
    };
  });
  return {
    event: {
      slug: event.slug,
      name: event.name,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      timezone: event.timezone,
      planVersion: event.planVersion,
    },
    plan,
    stands: exportStands,
    generatedAt: now,
  };
}

function loadExhibitors(
  db: DbHandle,
  eventId: number,
  applicationIds: number[],
  standRows: { applicationId: number | null }[],
): Map<number, ExportExhibitor> {
  const result = new Map<number, ExportExhibitor>();
  if (applicationIds.length === 0) return result;
  const rows = db
    .select({ application: applications, slug: organisations.slug, name: organisations.name })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(inArray(applications.id, applicationIds))
    .all();
  const onsite = new Map<number, { name: string; email: string; phone: string }>();
  for (const c of db
    .select()
    .from(applicationContacts)
    .where(
      and(inArray(applicationContacts.applicationId, applicationIds), eq(applicationContacts.role, "onsite")),
    )
    .orderBy(asc(applicationContacts.position))
    .all())
    if (!onsite.has(c.applicationId))
      onsite.set(c.applicationId, { name: c.name, email: c.email, phone: c.phone });

  const answers = loadAnswers(db, applicationIds);
  const items = new Map(
    db
      .select()
      .from(furnitureItems)
      .where(eq(furnitureItems.eventId, eventId))
      .all()
      .map((i) => [i.id, i]),
  );
  const slots = db
    .select({
      applicationId: slotBookings.applicationId,
      kind: slotBookings.kind,
      startsAt: logisticsSlots.startsAt,
      endsAt: logisticsSlots.endsAt,
    })
    .from(slotBookings)
    .innerJoin(logisticsSlots, eq(logisticsSlots.id, slotBookings.slotId))
    .where(and(inArray(slotBookings.applicationId, applicationIds), eq(logisticsSlots.eventId, eventId)))
    .all();
  const standCount = new Map<number, number>();
  for (const r of standRows)
    if (r.applicationId !== null) standCount.set(r.applicationId, (standCount.get(r.applicationId) ?? 0) + 1);

  for (const { application: a, slug, name } of rows) {
    const mine = answers.get(a.id) ?? {};
    const electrical = mine.electrical;
    const slot = (kind: "load_in" | "load_out") => {
      const s = slots.find((x) => x.applicationId === a.id && x.kind === kind);
      return s ? { startsAt: s.startsAt, endsAt: s.endsAt } : null;
    };
    result.set(a.id, {
      slug,
      name,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      contactPhone: a.contactPhone,
      onsite: onsite.get(a.id) ?? null,
      powerKw: electrical?.kw ?? a.powerKw,
      phases: electrical?.phases ?? toPhases(a.phases),
      power24h: electrical?.supply24h ?? a.power24h,
      declarations: a.declarations,
      machinesForm: mine.machines ?? null,
      furniture: (mine.furniture?.lines ?? []).flatMap((line) => {
        const item = items.get(line.itemId);
        return item
          ? [
              {
                code: item.code,
                nameFr: item.nameFr,
                nameEn: item.nameEn,
                quantity: line.quantity,
                unitPriceCents: item.unitPriceCents,
              },
            ]
          : [];
      }),
      badges: mine.badges?.badges ?? [],
      loadIn: slot("load_in"),
      loadOut: slot("load_out"),
      vehicle: mine.vehicle ?? null,
      standCount: standCount.get(a.id) ?? 0,
    });
  }
  return result;
}

type ParsedAnswers = { [K in LogisticsFormKind]?: LogisticsAnswers[K] };

function loadAnswers(db: DbHandle, applicationIds: number[]): Map<number, ParsedAnswers> {
  const rows = db
    .select({
      applicationId: formSubmissions.applicationId,
      kind: eventForms.kind,
      data: formSubmissions.data,
    })
    .from(formSubmissions)
    .innerJoin(eventForms, eq(eventForms.id, formSubmissions.eventFormId))
    .where(
      and(
        inArray(formSubmissions.applicationId, applicationIds),
        inArray(formSubmissions.status, [...USED_STATUSES]),
      ),
    )
    .all();
  const result = new Map<number, ParsedAnswers>();
  for (const row of rows) {
    const parsed = logisticsAnswers[row.kind].safeParse(row.data);
    if (!parsed.success) continue;
    const mine = result.get(row.applicationId) ?? {};
    (mine as Record<string, unknown>)[row.kind] = parsed.data;
    result.set(row.applicationId, mine);
  }
  return result;
}
