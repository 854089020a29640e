import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action } from "~/routes/portal/application";
import { settle } from "./auth-fixtures";
import { insertOpenEvent } from "./apply-fixtures";
import {
  assign,
  insertApplication,
  insertOrganisation,
  insertStand,
  insertTestUser,
  sessionCookieFor,
} from "./shell-fixtures";

useTestDatabase();

let counter = 0;
const args = (request: Request, id: number) =>
  ({ request, params: { id: String(id) }, context: {} }) as never;

function post(id: number, fields: Record<string, string>, cookie: string): Request {
  return new Request(`http://localhost/portal/applications/${id}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

/** An accepted application holding stand A01, its exhibitor's session, and another organisation's. */
async function setup(status: schema.ApplicationStatus = "accepted") {
  counter += 1;
  const { event, hall } = insertOpenEvent(`respond-${counter}`);
  const org = insertOrganisation(`respond-org-${counter}`);
  const application = insertApplication(event.id, org.id, status);
  const stand = insertStand(hall, "A01", [3, 3], "assigned");
  assign(stand.id, application.id);
  const own = await sessionCookieFor(insertTestUser(`own${counter}@respond.example`, "exhibitor", org.id).id);
  const otherOrg = insertOrganisation(`respond-other-${counter}`);
  const other = await sessionCookieFor(
    insertTestUser(`other${counter}@respond.example`, "exhibitor", otherOrg.id).id,
  );
  const organiser = await sessionCookieFor(insertTestUser(`orga${counter}@respond.example`, "organiser").id);
  return { event, application, stand, cookies: { own, other, organiser } };
}

const state = (applicationId: number, standId: number, eventId: number) => ({
  status: getDb()
    .select({ status: schema.applications.status })
    .from(schema.applications)
    .where(eq(schema.applications.id, applicationId))
    .get()!.status,
  assignments: getDb()
    .select()
    .from(schema.assignments)
    .where(eq(schema.assignments.applicationId, applicationId))
    .all().length,
  standStatus: getDb().select().from(schema.stands).where(eq(schema.stands.id, standId)).get()!.status,
  planVersion: getDb().select().from(schema.events).where(eq(schema.events.id, eventId)).get()!.planVersion,
});

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});

describe("an accepted exhibitor answers the acceptance", () => {
  it("confirms: the application becomes confirmed, keeps its stand, and the move is audited", async () => {
    const before = state(s.application.id, s.stand.id, s.event.id);
    const outcome = await settle(() =>
      action(args(post(s.application.id, { intent: "confirm" }, s.cookies.own), s.application.id)),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(
      `/portal/applications/${s.application.id}?responded=confirmed`,
    );
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual({ ...before, status: "confirmed" });
    const audit = getDb()
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.entity, "application"),
          eq(schema.auditLog.entityId, String(s.application.id)),
        ),
      )
      .all();
    expect(audit.map((row) => row.after)).toEqual([{ status: "confirmed" }]);
  });

  it("withdraws only with the box ticked; the stand is then freed and the plan gets a new version", async () => {
    const before = state(s.application.id, s.stand.id, s.event.id);
    const unticked = await settle(() =>
      action(args(post(s.application.id, { intent: "withdraw" }, s.cookies.own), s.application.id)),
    );
    expect(unticked.status).toBe(400);
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual(before);

    const ticked = await settle(() =>
      action(
        args(
          post(s.application.id, { intent: "withdraw", confirmWithdraw: "yes" }, s.cookies.own),
          s.application.id,
        ),
      ),
    );
    expect(ticked.status).toBe(302);
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual({
      status: "withdrawn",
      assignments: 0,
      standStatus: "available",
      planVersion: before.planVersion + 1,
    });
  });

  it.each([
    ["an unknown intent", { intent: "accept" }],
    ["no intent", {}],
    ["a box with the wrong value", { intent: "withdraw", confirmWithdraw: "on" }],
  ])("refuses %s with 400 and changes nothing", async (_label, fields) => {
    const before = state(s.application.id, s.stand.id, s.event.id);
    const outcome = await settle(() =>
      action(args(post(s.application.id, fields, s.cookies.own), s.application.id)),
    );
    expect(outcome.status).toBe(400);
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual(before);
  });

  it("refuses a second answer (confirmed is final) with 409", async () => {
    await settle(() =>
      action(args(post(s.application.id, { intent: "confirm" }, s.cookies.own), s.application.id)),
    );
    const before = state(s.application.id, s.stand.id, s.event.id);
    const again = await settle(() =>
      action(
        args(
          post(s.application.id, { intent: "withdraw", confirmWithdraw: "yes" }, s.cookies.own),
          s.application.id,
        ),
      ),
    );
    expect(again.status).toBe(409);
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual(before);
  });

  it("lets nobody else answer: another organisation's exhibitor, an organiser", async () => {
    const before = state(s.application.id, s.stand.id, s.event.id);
    for (const cookie of [s.cookies.other, s.cookies.organiser]) {
      const outcome = await settle(() =>
        action(args(post(s.application.id, { intent: "confirm" }, cookie), s.application.id)),
      );
      expect(outcome.status).toBe(403);
    }
    expect(state(s.application.id, s.stand.id, s.event.id)).toEqual(before);
  });

  it("refuses to confirm an application that is not accepted", async () => {
    const submitted = await setup("submitted");
    const outcome = await settle(() =>
      action(
        args(
          post(submitted.application.id, { intent: "confirm" }, submitted.cookies.own),
          submitted.application.id,
        ),
      ),
    );
    expect(outcome.status).toBe(409);
    expect(state(submitted.application.id, submitted.stand.id, submitted.event.id).status).toBe("submitted");
  });
});
