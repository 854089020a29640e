import { spawn } from "node:child_process";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import {
  buildLogisticsWorld,
  getLogistics,
  postLogistics,
  submissionOf,
  type World,
} from "./logistics-forms-fixtures";
import { insertApplication, insertOrganisation, insertTestUser, sessionCookieFor } from "./shell-fixtures";

const handle = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await buildLogisticsWorld("slots-2030");
});

const bookingsOf = (slotId: number) =>
  getDb()
    .select({ n: count() })
    .from(schema.slotBookings)
    .where(eq(schema.slotBookings.slotId, slotId))
    .get()!.n;
const book = (applicationId: number, slotId: number, cookie: string, version = 0) =>
  postLogistics(
    applicationId,
    "load_in",
    { intent: "submit", version: String(version), slotId: String(slotId) },
    cookie,
  );

/** A load-in slot of the test event. */
const insertLoadIn = (startsAt: Date, endsAt: Date, capacity: number) =>
  getDb()
    .insert(schema.logisticsSlots)
    .values({ eventId: w.event.id, kind: "load_in", startsAt, endsAt, capacity })
    .returning()
    .get();

/** More accepted exhibitors, each with a logged-in user. */
async function moreExhibitors(n: number, prefix: string) {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const org = insertOrganisation(`${prefix}-${i}`);
      const app = insertApplication(w.event.id, org.id, "accepted");
      const user = insertTestUser(`${prefix}-${i}@slots.test`, "exhibitor", org.id);
      return { app, cookie: await sessionCookieFor(user.id) };
    }),
  );
}

describe("load-in slot booking", () => {
  it("shows each slot's remaining places, books one, and refuses a full slot with a clear 409", async () => {
    const page = await getLogistics(w.apps.own.id, "load_in", w.cookies.own);
    const slots = (
      page.body as { view: { slots: { list: { id: number; remaining: number }[]; booked: number | null } } }
    ).view.slots;
    expect(slots.booked).toBeNull();
    expect(slots.list.map((s) => s.remaining)).toEqual([1, 5]);

    expect((await book(w.apps.own.id, w.slots.small.id, w.cookies.own)).status).toBe(302);
    expect(bookingsOf(w.slots.small.id)).toBe(1);
    expect(submissionOf(w.event.id, w.apps.own.id, "load_in")).toMatchObject({
      status: "submitted",
      data: { slotId: w.slots.small.id },
    });

    const refused = await book(w.apps.rival.id, w.slots.small.id, w.cookies.rival);
    expect(refused.status).toBe(409);
    expect((refused.body as { refusal: string }).refusal).toBe("slotFull");
    expect(submissionOf(w.event.id, w.apps.rival.id, "load_in")).toBeUndefined();
    expect(bookingsOf(w.slots.small.id)).toBe(1);
  });

  it("lets an exhibitor change slot, freeing the old one", async () => {
    expect((await book(w.apps.own.id, w.slots.wide.id, w.cookies.own, 1)).status).toBe(302);
    expect(bookingsOf(w.slots.small.id)).toBe(0);
    expect(bookingsOf(w.slots.wide.id)).toBe(1);
    expect((await book(w.apps.rival.id, w.slots.small.id, w.cookies.rival)).status).toBe(302);
  });

  it("refuses a slot of another kind or another event", async () => {
    const outcome = await book(w.apps.own.id, w.slots.out.id, w.cookies.own, 2);
    expect(outcome.status).toBe(400);
    expect((outcome.body as { refusal: string }).refusal).toBe("unknownSlot");
    expect(bookingsOf(w.slots.out.id)).toBe(0);
  });

  it("refuses a slot that has already begun with a clear 409, shows it as past, and keeps it for whoever holds it", async () => {
    const started = insertLoadIn(new Date(Date.now() - 60_000), new Date(Date.now() + 30 * 60_000), 4);
    const [late] = await moreExhibitors(1, "late");
    const page = await getLogistics(late!.app.id, "load_in", late!.cookie);
    const list = (page.body as { view: { slots: { list: { id: number; past: boolean }[] } } }).view.slots
      .list;
    expect(list.find((s) => s.id === started.id)?.past).toBe(true);
    expect(list.find((s) => s.id === w.slots.wide.id)?.past).toBe(false);

    const refused = await book(late!.app.id, started.id, late!.cookie);
    expect(refused.status).toBe(409);
    expect((refused.body as { refusal: string }).refusal).toBe("slotPast");
    expect(bookingsOf(started.id)).toBe(0);
    expect(submissionOf(w.event.id, late!.app.id, "load_in")).toBeUndefined();

    // Booked before it began (as the seed or an earlier submission would have it): sending the
    // form again with the same slot is accepted.
    getDb()
      .insert(schema.slotBookings)
      .values({ slotId: started.id, applicationId: late!.app.id, kind: "load_in" })
      .run();
    expect((await book(late!.app.id, started.id, late!.cookie)).status).toBe(302);
    expect(bookingsOf(started.id)).toBe(1);
  });

  it("never overfills a slot when many exhibitors submit at once", async () => {
    const slot = insertLoadIn(new Date("2030-11-06T14:00:00Z"), new Date("2030-11-06T14:30:00Z"), 3);
    const racers = await moreExhibitors(8, "racer");
    const outcomes = await Promise.all(racers.map((r) => book(r.app.id, slot.id, r.cookie)));
    expect(outcomes.filter((o) => o.status === 302)).toHaveLength(3);
    expect(outcomes.filter((o) => o.status === 409)).toHaveLength(5);
    expect(bookingsOf(slot.id)).toBe(3);
  });

  it("never overfills a slot when separate processes, each with its own connection, book at the same moment", async () => {
    const slot = insertLoadIn(new Date("2030-11-06T15:00:00Z"), new Date("2030-11-06T15:30:00Z"), 2);
    const racers = await moreExhibitors(4, "process");
    const worker = path.join(import.meta.dirname, "logistics-forms-slot-worker.ts");
    const children = racers.map((r) =>
      spawn(
        process.execPath,
        ["--import", "tsx", worker, String(w.event.id), String(slot.id), String(r.app.id)],
        {
          env: { ...process.env, DATABASE_PATH: handle.file },
        },
      ),
    );
    const outputs = children.map(
      (child) =>
        new Promise<string[]>((resolve, reject) => {
          let out = "";
          let err = "";
          child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
          child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
          child.on("close", (code) =>
            code === 0 ? resolve(out.trim().split("\n")) : reject(new Error(`worker exited ${code}: ${err}`)),
          );
        }),
    );
    // Every process loaded and connected, then all told to go at once.
    await Promise.all(
      children.map((child) => new Promise<void>((resolve) => child.stdout.once("data", () => resolve()))),
    );
    for (const child of children) child.stdin.write("go\n");
    const results = (await Promise.all(outputs)).map(
      (lines) => JSON.parse(lines.at(-1) ?? "{}") as { ok: boolean; reason?: string },
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => r.reason === "slotFull")).toBe(true);
    expect(bookingsOf(slot.id)).toBe(2);
  }, 60_000);
});
