import { eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { applications, auditLog, type ApplicationStatus } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { transitionApplications } from "~/models/application-transition.server";
import { action } from "~/routes/admin/applications/index";
import {
  catchResponse,
  clearOutbox,
  insertApp,
  insertEvent,
  insertOrg,
  insertRoleUsers,
  outboxRows,
  postForm,
  routeArgs,
} from "./review-fixtures";

useTestDatabase();

let eventId = 0;
let otherEventId = 0;
let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let n = 0;

beforeAll(async () => {
  eventId = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" }).id;
  otherEventId = insertEvent("other", "2025-01-01").id;
  users = await insertRoleUsers(insertOrg("own").id);
});
beforeEach(() => clearOutbox());

function app(status: ApplicationStatus, locale: "fr" | "en" = "fr", event = eventId) {
  const org = insertOrg(`bulk-${++n}`, { name: `Bulk ${String(n).padStart(2, "0")}` });
  return { ...insertApp(event, org.id, { status, locale }), name: org.name };
}

function bulk(fields: [string, string][], cookie = users.organiser.cookie) {
  const request = postForm("/admin/events/min-2024/applications", cookie, fields);
  return action(routeArgs(request, { slug: "min-2024" }));
}

const statuses = (ids: number[]) =>
  Object.fromEntries(
    getDb()
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(inArray(applications.id, ids))
      .all()
      .map((row) => [row.id, row.status]),
  );

describe("a bulk move", () => {
  it("previews first: says what would move and what is refused, and changes nothing", async () => {
    const [a, b, c] = [app("in_review"), app("submitted"), app("in_review")];
    const foreign = app("in_review", "fr", otherEventId);
    const ids = [a.id, b.id, c.id, foreign.id];
    const response = await bulk([
      ["intent", "preview"],
      ["to", "accepted"],
      ...ids.map((id) => ["ids", String(id)] as [string, string]),
    ]);
    expect(response.init?.status ?? 200).toBe(200);
    expect(response.data).toEqual({
      kind: "preview",
      to: "accepted",
      valid: [
        { id: a.id, name: a.name },
        { id: c.id, name: c.name },
      ],
      refused: [
        { id: b.id, name: b.name, from: "submitted", reason: "not_allowed" },
        { id: foreign.id, name: "", from: null, reason: "not_found" },
      ],
    });
    expect(statuses(ids)).toEqual({
      [a.id]: "in_review",
      [b.id]: "submitted",
      [c.id]: "in_review",
      [foreign.id]: "in_review",
    });
    expect(outboxRows()).toEqual([]);
  });

  it("applies the valid ones, reports the refused ones with reasons, and e-mails each moved contact", async () => {
    const moved = [app("in_review", "fr"), app("in_review", "en")];
    const refusedRows = [app("rejected"), app("accepted"), app("draft")];
    const ids = [...moved, ...refusedRows].map((row) => row.id);
    const response = await bulk([
      ["intent", "apply"],
      ["to", "waitlisted"],
      ["message", "Nous vous tiendrons au courant."],
      ...ids.map((id) => ["ids", String(id)] as [string, string]),
    ]);
    expect(response.init?.status).toBe(200);
    expect(response.data).toMatchObject({
      kind: "done",
      to: "waitlisted",
      applied: moved.map((row) => ({ id: row.id })),
      refused: refusedRows.map((row) => ({ id: row.id, from: row.status, reason: "not_allowed" })),
      emailed: 2,
    });
    expect(statuses(ids)).toEqual({
      [moved[0]!.id]: "waitlisted",
      [moved[1]!.id]: "waitlisted",
      [refusedRows[0]!.id]: "rejected",
      [refusedRows[1]!.id]: "accepted",
      [refusedRows[2]!.id]: "draft",
    });
    const mails = outboxRows();
    expect(mails.map((mail) => [mail.to, mail.locale])).toEqual([
      [moved[0]!.contactEmail, "fr"],
      [moved[1]!.contactEmail, "en"],
    ]);
    expect(mails[0]!.subject).toBe("MIN 2024 : votre candidature est sur liste d’attente");
    expect(mails[1]!.subject).toBe("MIN 2024: your application is on the waiting list");
    expect(mails.every((mail) => mail.text.includes("Nous vous tiendrons au courant."))).toBe(true);
    const audits = getDb()
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, ids.map(String)))
      .all();
    expect(audits.map((row) => Number(row.entityId)).sort()).toEqual(moved.map((row) => row.id).sort());
  });

  it("answers 409 when none of them can move", async () => {
    const rows = [app("confirmed"), app("withdrawn")];
    const response = await bulk([
      ["intent", "apply"],
      ["to", "in_review"],
      ...rows.map((r) => ["ids", String(r.id)] as [string, string]),
    ]);
    expect(response.init?.status).toBe(409);
    expect(response.data).toMatchObject({ kind: "done", applied: [], emailed: 0 });
    expect(outboxRows()).toEqual([]);
  });

  it("writes the valid moves in one transaction: a failure part-way leaves every row as it was", () => {
    const rows = [app("submitted"), app("submitted")];
    // A trigger that fails the second UPDATE stands in for a database error in the middle of a run.
    const sqlite = (getDb() as unknown as { $client: { exec: (sql: string) => void } }).$client;
    sqlite.exec(
      `create temp trigger fail_second before update of status on applications when old.id = ${rows[1]!.id} ` +
        `begin select raise(abort, 'boom'); end`,
    );
    try {
      expect(() =>
        transitionApplications({
          eventId,
          applicationIds: rows.map((r) => r.id),
          to: "in_review",
          by: users.organiser.user.id,
        }),
      ).toThrow(/boom/);
    } finally {
      sqlite.exec("drop trigger fail_second");
    }
    expect(statuses(rows.map((r) => r.id))).toEqual({
      [rows[0]!.id]: "submitted",
      [rows[1]!.id]: "submitted",
    });
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(rows[0]!.id)))
        .all(),
    ).toEqual([]);
  });
});

describe("bad bulk requests", () => {
  it.each([
    [
      "no application ticked",
      [
        ["intent", "apply"],
        ["to", "accepted"],
      ],
      "noneSelected",
    ],
    [
      "a status the bar does not offer",
      [
        ["intent", "apply"],
        ["to", "confirmed"],
        ["ids", "1"],
      ],
      "invalid",
    ],
    [
      "a garbage id",
      [
        ["intent", "apply"],
        ["to", "accepted"],
        ["ids", "1; drop table"],
      ],
      "invalid",
    ],
    [
      "no intent",
      [
        ["to", "accepted"],
        ["ids", "1"],
      ],
      "invalid",
    ],
  ] as const)("%s answers 400", async (_what, fields, error) => {
    const response = await bulk(fields.map(([k, v]) => [k, v] as [string, string]));
    expect(response.init?.status).toBe(400);
    expect(response.data).toEqual({ kind: "invalid", error });
  });

  it.each(["staff", "exhibitor"] as const)("a %s gets a 403 and nothing moves", async (role) => {
    const row = app("submitted");
    const response = await catchResponse(() =>
      bulk(
        [
          ["intent", "apply"],
          ["to", "in_review"],
          ["ids", String(row.id)],
        ],
        users[role].cookie,
      ),
    );
    expect(response.status).toBe(403);
    expect(statuses([row.id])).toEqual({ [row.id]: "submitted" });
  });
});
