import { and, count, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  eventForms,
  formSubmissions,
  furnitureItems,
  logisticsFormKinds,
  logisticsSlots,
  slotBookings,
  type LogisticsFormKind,
  type SlotKind,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { listEventForms } from "./logistics-forms.server";
import { defaultDueAt, endOfDay, localDateTime } from "./logistics-status";

/** The organisers' configuration of an event's logistics: forms, furniture catalogue, slots. */

interface EventRef {
  id: number;
  startsOn: string;
  timezone: string;
}

export interface FormSetting {
  kind: LogisticsFormKind;
  /** False until an organiser saves the forms (the defaults are shown meanwhile). */
  configured: boolean;
  enabled: boolean;
  mandatory: boolean;
  /** Deadline day in the event's time zone, YYYY-MM-DD (due at 23:59 that day). */
  dueOn: string;
  badgesBase: number;
  badgesPerM2: number;
}

export function loadFormSettings(event: EventRef): FormSetting[] {
  const stored = listEventForms(event.id);
  return logisticsFormKinds.map((kind) => {
    const row = stored.find((form) => form.kind === kind);
    const dueAt = row?.dueAt ?? defaultDueAt(kind, event);
    return {
      kind,
      configured: row !== undefined,
      enabled: row?.enabled ?? false,
      mandatory: row?.mandatory ?? (kind !== "furniture" && kind !== "vehicle"),
      dueOn: localDateTime(dueAt, event.timezone).slice(0, 10),
      badgesBase: row?.settings.badgesBase ?? 2,
      badgesPerM2: row?.settings.badgesPerM2 ?? 9,
    };
  });
}

export type FormSettingInput = Omit<FormSetting, "configured">;

/** Saves every form's terms at once (one transaction, one audit line). */
export function saveFormSettings(event: EventRef, rows: FormSettingInput[], userId: number): void {
  getDb().transaction((tx) => {
    const before = listEventForms(event.id, tx);
    for (const row of rows) {
      const values = {
        enabled: row.enabled,
        mandatory: row.mandatory,
        dueAt: endOfDay(row.dueOn, event.timezone),
        settings: row.kind === "badges" ? { badgesBase: row.badgesBase, badgesPerM2: row.badgesPerM2 } : {},
        position: logisticsFormKinds.indexOf(row.kind),
      };
      tx.insert(eventForms)
        .values({ eventId: event.id, kind: row.kind, ...values })
        .onConflictDoUpdate({ target: [eventForms.eventId, eventForms.kind], set: values })
        .run();
    }
    recordAudit(
      {
        userId,
        eventId: event.id,
        entity: "event_forms",
        entityId: String(event.id),
        action: "logistics.forms-update",
        before: before.map(({ kind, enabled, mandatory, dueAt, settings }) => ({
          kind,
          enabled,
          mandatory,
          dueAt,
          settings,
        })),
        after: rows,
      },
      tx,
    );
  });
}

export interface FurnitureInput {
  id?: number;
  code: string;
  nameFr: string;
  nameEn: string;
  unitPriceCents: number;
  active: boolean;
}

export type SettingResult =
  | { ok: true }
  | {
      ok: false;
      reason: "duplicateCode" | "notFound" | "belowBookings" | "needsConfirmation";
      booked?: number;
    };

export function saveFurnitureItem(eventId: number, input: FurnitureInput, userId: number): SettingResult {
  return getDb().transaction((tx): SettingResult => {
    const clash = tx
      .select({ id: furnitureItems.id })
      .from(furnitureItems)
      .where(and(eq(furnitureItems.eventId, eventId), eq(furnitureItems.code, input.code)))
      .get();
    if (clash && clash.id !== input.id) return { ok: false, reason: "duplicateCode" };
    const { id, ...values } = input;
    let before: unknown = null;
    let itemId = id;
    if (id !== undefined) {
      const existing = tx
        .select()
        .from(furnitureItems)
        .where(and(eq(furnitureItems.id, id), eq(furnitureItems.eventId, eventId)))
        .get();
      if (!existing) return { ok: false, reason: "notFound" };
      before = existing;
      tx.update(furnitureItems).set(values).where(eq(furnitureItems.id, id)).run();
    } else {
      itemId = tx
        .insert(furnitureItems)
        .values({ eventId, ...values })
        .returning({ id: furnitureItems.id })
        .get().id;
    }
    recordAudit(
      {
        userId,
        eventId,
        entity: "furniture_item",
        entityId: String(itemId),
        action: id ? "logistics.furniture-update" : "logistics.furniture-create",
        before,
        after: values,
      },
      tx,
    );
    return { ok: true };
  });
}

export interface SlotInput {
  id?: number;
  kind: SlotKind;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

function bookingsOf(
  tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0],
  slotId: number,
) {
  return tx.select({ n: count() }).from(slotBookings).where(eq(slotBookings.slotId, slotId)).get()!.n;
}

/** Adds or changes a slot; its capacity never drops below the bookings it already has. */
export function saveSlot(eventId: number, input: SlotInput, userId: number): SettingResult {
  return getDb().transaction(
    (tx): SettingResult => {
      const { id, ...values } = input;
      let slotId = id;
      if (id !== undefined) {
        const existing = tx
          .select()
          .from(logisticsSlots)
          .where(and(eq(logisticsSlots.id, id), eq(logisticsSlots.eventId, eventId)))
          .get();
        if (!existing) return { ok: false, reason: "notFound" };
        const booked = bookingsOf(tx, id);
        if (values.capacity < booked) return { ok: false, reason: "belowBookings", booked };
        // Bookings belong to their kind: a booked slot keeps its kind.
        tx.update(logisticsSlots)
          .set({ ...values, kind: booked > 0 ? existing.kind : values.kind })
          .where(eq(logisticsSlots.id, id))
          .run();
      } else {
        slotId = tx
          .insert(logisticsSlots)
          .values({ eventId, ...values })
          .returning({ id: logisticsSlots.id })
          .get().id;
      }
      recordAudit(
        {
          userId,
          eventId,
          entity: "logistics_slot",
          entityId: String(slotId),
          action: id ? "logistics.slot-update" : "logistics.slot-create",
          after: values,
        },
        tx,
      );
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/**
 * Deletes a slot. With bookings, only once the organiser confirmed: the exhibitors' slot forms go
 * back to draft (they must book again) in the same transaction.
 */
export function deleteSlot(
  eventId: number,
  slotId: number,
  confirmed: boolean,
  userId: number,
): SettingResult {
  return getDb().transaction(
    (tx): SettingResult => {
      const slot = tx
        .select()
        .from(logisticsSlots)
        .where(and(eq(logisticsSlots.id, slotId), eq(logisticsSlots.eventId, eventId)))
        .get();
      if (!slot) return { ok: false, reason: "notFound" };
      const booked = tx
        .select({ applicationId: slotBookings.applicationId })
        .from(slotBookings)
        .where(eq(slotBookings.slotId, slotId))
        .all();
      if (booked.length > 0 && !confirmed)
        return { ok: false, reason: "needsConfirmation", booked: booked.length };
      const form = tx
        .select({ id: eventForms.id })
        .from(eventForms)
        .where(and(eq(eventForms.eventId, eventId), eq(eventForms.kind, slot.kind)))
        .get();
      if (form && booked.length > 0)
        tx.update(formSubmissions)
          .set({
            status: "draft",
            data: {},
            version: sql`${formSubmissions.version} + 1`,
            updatedAt: new Date(),
          })
          .where(
            and(
              eq(formSubmissions.eventFormId, form.id),
              inArray(
                formSubmissions.applicationId,
                booked.map((b) => b.applicationId),
              ),
            ),
          )
          .run();
      tx.delete(logisticsSlots).where(eq(logisticsSlots.id, slotId)).run();
      recordAudit(
        {
          userId,
          eventId,
          entity: "logistics_slot",
          entityId: String(slotId),
          action: "logistics.slot-delete",
          before: { ...slot, bookings: booked.length },
        },
        tx,
      );
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
