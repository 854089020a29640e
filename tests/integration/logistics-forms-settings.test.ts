import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { loadFormSettings } from "~/models/logistics-settings.server";
import { action, loader } from "~/routes/admin/logistics/settings";
import { settle } from "./auth-fixtures";
import { buildLogisticsWorld, postLogistics, submissionOf, type World } from "./logistics-forms-fixtures";
import { buildRequest, insertEvent } from "./shell-fixtures";

useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await buildLogisticsWorld("settings-2030");
});

const path = () => `/admin/events/${w.event.slug}/logistics/settings`;
const args = (request: Request) => ({ request, params: { slug: w.event.slug }, context: {} }) as never;
const post = (fields: Record<string, string>, cookie = w.cookies.organiser) =>
  settle(() =>
    action(args(buildRequest(path(), cookie, { method: "POST", body: new URLSearchParams(fields) }))),
  );
const errorsOf = (outcome: { body: unknown }) => (outcome.body as { errors: Record<string, string> }).errors;
const formRow = (kind: schema.LogisticsFormKind) =>
  getDb()
    .select()
    .from(schema.eventForms)
    .where(and(eq(schema.eventForms.eventId, w.event.id), eq(schema.eventForms.kind, kind)))
    .get()!;

/** The forms section as the page posts it, with one field changed. */
function formsFields(change: Record<string, string | null> = {}) {
  const fields: Record<string, string> = {
    intent: "forms",
    "badges.badgesBase": "3",
    "badges.badgesPerM2": "6",
  };
  for (const kind of schema.logisticsFormKinds)
    Object.assign(fields, {
      [`${kind}.enabled`]: "on",
      [`${kind}.mandatory`]: "on",
      [`${kind}.dueOn`]: "2030-10-01",
    });
  for (const [key, value] of Object.entries(change))
    if (value === null) delete fields[key];
    else fields[key] = value;
  return fields;
}

describe("who configures logistics", () => {
  it.each(["staff", "own"] as const)("refuses %s (organisers only), reading and writing", async (who) => {
    expect(await settle(() => loader(args(buildRequest(path(), w.cookies[who]))))).toMatchObject({
      status: 403,
    });
    expect(await post(formsFields(), w.cookies[who])).toMatchObject({ status: 403 });
    expect(formRow("machines").dueAt.toISOString().slice(0, 10)).not.toBe("2030-10-01");
  });
});

describe("the forms", () => {
  it("proposes default deadlines before anything is saved: machines a month before opening", () => {
    const fresh = insertEvent("settings-fresh", "2030-11-07");
    const settings = loadFormSettings(fresh);
    expect(settings.every((s) => !s.configured && !s.enabled)).toBe(true);
    expect(settings.find((s) => s.kind === "machines")?.dueOn).toBe("2030-10-08");
  });

  it("saves every form's terms at once, deadlines at 23:59 event time", async () => {
    const outcome = await post(formsFields({ "vehicle.mandatory": null, "furniture.enabled": null }));
    expect(outcome.status).toBe(302);
    expect(formRow("vehicle")).toMatchObject({ mandatory: false, enabled: true });
    expect(formRow("furniture").enabled).toBe(false);
    expect(formRow("badges").settings).toEqual({ badgesBase: 3, badgesPerM2: 6 });
    // 1 October 2030 23:59 in Paris (summer time, UTC+2).
    expect(formRow("machines").dueAt.toISOString()).toBe("2030-10-01T21:59:00.000Z");
  });

  it("refuses a bad date or allowance with messages next to the fields, saving nothing", async () => {
    const outcome = await post(formsFields({ "machines.dueOn": "2030-02-31", "badges.badgesPerM2": "0" }));
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome)).toEqual({
      "machines.dueOn": "settings.errors.dueOn",
      "badges.badgesPerM2": "settings.errors.badgesPerM2",
    });
    expect(formRow("badges").settings).toEqual({ badgesBase: 3, badgesPerM2: 6 });
  });
});

describe("the furniture catalogue", () => {
  it("adds, refuses a duplicate code and a bad price, and withdraws an item", async () => {
    expect(
      (
        await post({
          intent: "item",
          code: "spot-led",
          nameFr: "Spot LED",
          nameEn: "LED spot",
          price: "25,50",
          active: "on",
        })
      ).status,
    ).toBe(302);
    const item = getDb()
      .select()
      .from(schema.furnitureItems)
      .where(eq(schema.furnitureItems.code, "SPOT-LED"))
      .get()!;
    expect(item).toMatchObject({ unitPriceCents: 2550, active: true });
    const duplicate = await post({
      intent: "item",
      code: "CHAISE",
      nameFr: "Chaise",
      nameEn: "Chair",
      price: "10",
    });
    expect(duplicate.status).toBe(409);
    expect(errorsOf(duplicate)).toEqual({ code: "settings.errors.duplicateCode" });
    const bad = await post({ intent: "item", code: "X", nameFr: "", nameEn: "Y", price: "-3" });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorsOf(bad)).sort()).toEqual(["nameFr", "price"]);
    expect(
      (
        await post({
          intent: "item",
          id: String(item.id),
          code: "SPOT-LED",
          nameFr: "Spot LED",
          nameEn: "LED spot",
          price: "25.50",
        })
      ).status,
    ).toBe(302);
    expect(
      getDb().select().from(schema.furnitureItems).where(eq(schema.furnitureItems.id, item.id)).get()!.active,
    ).toBe(false);
  });
});

describe("the slots", () => {
  it("adds a slot in event time and refuses an end before its start", async () => {
    expect(
      (
        await post({
          intent: "slot",
          kind: "load_out",
          startsAt: "2030-11-08T18:00",
          endsAt: "2030-11-08T18:30",
          capacity: "5",
        })
      ).status,
    ).toBe(302);
    const slot = getDb()
      .select()
      .from(schema.logisticsSlots)
      .where(eq(schema.logisticsSlots.capacity, 5))
      .all()
      .find((s) => s.kind === "load_out")!;
    expect(slot.startsAt.toISOString()).toBe("2030-11-08T17:00:00.000Z");
    const bad = await post({
      intent: "slot",
      kind: "load_out",
      startsAt: "2030-11-08T18:00",
      endsAt: "2030-11-08T17:00",
      capacity: "0",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorsOf(bad)).sort()).toEqual(["capacity", "endsAt"]);
  });

  it("never lowers a capacity below the bookings, and deletes a booked slot only once confirmed", async () => {
    const booked = await postLogistics(
      w.apps.own.id,
      "load_in",
      { intent: "submit", version: "0", slotId: String(w.slots.wide.id) },
      w.cookies.own,
    );
    expect(booked.status).toBe(302);
    const change = {
      intent: "slot",
      id: String(w.slots.wide.id),
      kind: "load_in",
      startsAt: "2030-11-06T12:00",
      endsAt: "2030-11-06T12:30",
    };
    const below = await post({ ...change, capacity: "0" });
    expect(below.status).toBe(400);
    expect((await post({ ...change, capacity: "1" })).status).toBe(302);

    const unconfirmed = await post({ intent: "deleteSlot", id: String(w.slots.wide.id) });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body).toMatchObject({ confirm: { id: w.slots.wide.id, count: 1 } });
    expect(
      getDb().select().from(schema.logisticsSlots).where(eq(schema.logisticsSlots.id, w.slots.wide.id)).get(),
    ).toBeDefined();

    expect((await post({ intent: "deleteSlot", id: String(w.slots.wide.id), confirm: "yes" })).status).toBe(
      302,
    );
    expect(
      getDb().select().from(schema.logisticsSlots).where(eq(schema.logisticsSlots.id, w.slots.wide.id)).get(),
    ).toBeUndefined();
    // The exhibitor must book again.
    expect(submissionOf(w.event.id, w.apps.own.id, "load_in")).toMatchObject({ status: "draft", data: {} });
  });

  it("refuses to reduce below bookings with a clear message", async () => {
    await postLogistics(
      w.apps.own.id,
      "load_in",
      {
        intent: "submit",
        version: String(submissionOf(w.event.id, w.apps.own.id, "load_in")!.version),
        slotId: String(w.slots.small.id),
      },
      w.cookies.own,
    );
    await postLogistics(
      w.apps.rival.id,
      "load_in",
      { intent: "submit", version: "0", slotId: String(w.slots.small.id) },
      w.cookies.rival,
    );
    getDb()
      .update(schema.logisticsSlots)
      .set({ capacity: 3 })
      .where(eq(schema.logisticsSlots.id, w.slots.small.id))
      .run();
    await postLogistics(
      w.apps.rival.id,
      "load_in",
      { intent: "submit", version: "0", slotId: String(w.slots.small.id) },
      w.cookies.rival,
    );
    const outcome = await post({
      intent: "slot",
      id: String(w.slots.small.id),
      kind: "load_in",
      startsAt: "2030-11-06T11:00",
      endsAt: "2030-11-06T11:30",
      capacity: "1",
    });
    expect(outcome.status).toBe(409);
    expect(errorsOf(outcome)).toMatchObject({ capacity: "settings.errors.belowBookings", booked: "2" });
  });
});
