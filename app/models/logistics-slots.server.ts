import { and, asc, count, eq, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { logisticsSlots, slotBookings, type SlotKind } from "../../db/schema";
import type { DbExecutor } from "./audit.server";

export interface SlotView {
  id: number;
  kind: SlotKind;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  remaining: number;
  /** The slot has begun: nobody can book it any more (whoever holds it keeps it). */
  past: boolean;
}

/** The slots of an event (one kind, or both) with how many exhibitors booked each. */
export function listSlots(
  eventId: number,
  kind?: SlotKind,
  tx: DbExecutor = getDb(),
  now: Date = new Date(),
): SlotView[] {
  const slots = tx
    .select()
    .from(logisticsSlots)
    .where(
      kind
        ? and(eq(logisticsSlots.eventId, eventId), eq(logisticsSlots.kind, kind))
        : eq(logisticsSlots.eventId, eventId),
    )
    .orderBy(asc(logisticsSlots.startsAt), asc(logisticsSlots.id))
    .all();
  const counts = new Map(
    tx
      .select({ slotId: slotBookings.slotId, n: count() })
      .from(slotBookings)
      .innerJoin(logisticsSlots, eq(logisticsSlots.id, slotBookings.slotId))
      .where(eq(logisticsSlots.eventId, eventId))
      .groupBy(slotBookings.slotId)
      .all()
      .map((row) => [row.slotId, row.n]),
  );
  return slots.map((slot) => {
    const booked = counts.get(slot.id) ?? 0;
    return {
      id: slot.id,
      kind: slot.kind,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: slot.capacity,
      booked,
      remaining: Math.max(0, slot.capacity - booked),
      past: slot.startsAt.getTime() <= now.getTime(),
    };
  });
}

export function bookedSlotId(applicationId: number, kind: SlotKind, tx: DbExecutor = getDb()): number | null {
  return (
    tx
      .select({ slotId: slotBookings.slotId })
      .from(slotBookings)
      .where(and(eq(slotBookings.applicationId, applicationId), eq(slotBookings.kind, kind)))
      .get()?.slotId ?? null
  );
}

export type BookingResult = { ok: true } | { ok: false; reason: "unknownSlot" | "slotFull" | "slotPast" };

/**
 * Books a slot for an application, replacing its booking of the same kind. Must run inside an
 * IMMEDIATE transaction: the write lock is taken before counting, so two exhibitors racing for
 * the last place are serialised and the second one is told the slot is full.
 */
export function bookSlotIn(
  tx: DbExecutor,
  input: { eventId: number; applicationId: number; kind: SlotKind; slotId: number; now?: Date },
): BookingResult {
  const slot = tx
    .select()
    .from(logisticsSlots)
    .where(
      and(
        eq(logisticsSlots.id, input.slotId),
        eq(logisticsSlots.eventId, input.eventId),
        eq(logisticsSlots.kind, input.kind),
      ),
    )
    .get();
  if (!slot) return { ok: false, reason: "unknownSlot" };
  // A slot that has begun can no longer be booked; the exhibitor who holds it may send the form again.
  if (slot.startsAt.getTime() <= (input.now ?? new Date()).getTime()) {
    const holds = bookedSlotId(input.applicationId, input.kind, tx) === slot.id;
    if (!holds) return { ok: false, reason: "slotPast" };
  }
  const taken = tx
    .select({ n: count() })
    .from(slotBookings)
    .where(and(eq(slotBookings.slotId, slot.id), ne(slotBookings.applicationId, input.applicationId)))
    .get()!.n;
  if (taken >= slot.capacity) return { ok: false, reason: "slotFull" };
  tx.delete(slotBookings)
    .where(and(eq(slotBookings.applicationId, input.applicationId), eq(slotBookings.kind, input.kind)))
    .run();
  tx.insert(slotBookings)
    .values({ slotId: slot.id, applicationId: input.applicationId, kind: input.kind })
    .run();
  return { ok: true };
}

/** The same in its own transaction (scripts and the concurrency test's worker processes). */
export function bookSlot(input: Parameters<typeof bookSlotIn>[1]): BookingResult {
  return getDb().transaction((tx) => bookSlotIn(tx, input), { behavior: "immediate" });
}
