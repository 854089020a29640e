import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  applicationContacts,
  applicationNotes,
  applicationReviews,
  applicationWishes,
} from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action, loader } from "~/routes/admin/applications/detail";
import { insertTestUser, sessionCookieFor } from "./shell-fixtures";
import {
  buildRequest,
  catchResponse,
  insertApp,
  insertEvent,
  insertOrg,
  insertRoleUsers,
  postForm,
  routeArgs,
} from "./review-fixtures";

useTestDatabase();

let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let applicationId = 0;
const path = () => `/admin/events/min-2024/applications/${applicationId}`;
const params = () => ({ slug: "min-2024", id: String(applicationId) });

const load = async (cookie: string) => loader(routeArgs(buildRequest(path(), cookie), params()));
const post = (cookie: string, fields: [string, string][]) =>
  action(routeArgs(postForm(path(), cookie, fields), params()));

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" });
  const org = insertOrg("lumen", {
    name: "Studio Lumen",
    city: "Marseille",
    logoSha256: "a".repeat(64),
    siret: "12345678901234",
  });
  const friend = insertOrg("onde", { name: "Atelier Onde" });
  const rival = insertOrg("rival", { name: "Rival Games" });
  users = await insertRoleUsers(org.id);
  const application = insertApp(event.id, org.id, {
    status: "submitted",
    contactName: "Léa Martin",
    contactEmail: "lea@lumen.test",
    demoDescription: "Casques VR en libre accès",
    declarations: { machines: false, lasers: true, drones: false, vrRigs: true, details: "Laser classe 2" },
  });
  applicationId = application.id;
  getDb()
    .insert(applicationWishes)
    .values([
      { applicationId, organisationId: friend.id, kind: "near" },
      { applicationId, organisationId: rival.id, kind: "avoid" },
    ])
    .run();
  getDb()
    .insert(applicationContacts)
    .values({ applicationId, role: "billing", name: "Compta", email: "compta@lumen.test" })
    .run();
});

describe("the detail page", () => {
  it("gives every answer, the wishes with organisation names, and the organiser's decisions", async () => {
    const page = await load(users.organiser.cookie);
    expect(page.detail.organisation).toMatchObject({
      name: "Studio Lumen",
      hasLogo: true,
      siret: "12345678901234",
    });
    expect(page.detail.application).toMatchObject({
      contactName: "Léa Martin",
      demoDescription: "Casques VR en libre accès",
    });
    expect(page.detail.application.declarations).toMatchObject({ lasers: true, details: "Laser classe 2" });
    expect(page.detail.wishes).toEqual([
      { kind: "avoid", organisationId: expect.any(Number), name: "Rival Games" },
      { kind: "near", organisationId: expect.any(Number), name: "Atelier Onde" },
    ]);
    expect(page.detail.contacts).toMatchObject([{ role: "billing", name: "Compta" }]);
    expect(page.actions).toEqual(["in_review"]);
    expect(page.canDecide).toBe(true);
  });

  it("shows staff the same page, read-only", async () => {
    const page = await load(users.staff.cookie);
    expect(page.canDecide).toBe(false);
    expect(page.detail.organisation.name).toBe("Studio Lumen");
  });

  it("keeps exhibitors out, even of their own application (403)", async () => {
    expect((await catchResponse(() => load(users.exhibitor.cookie))).status).toBe(403);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    for (const id of ["999999", "abc", "-1", "1e3"]) {
      const response = await catchResponse(() =>
        loader(
          routeArgs(buildRequest(`/admin/events/min-2024/applications/${id}`, users.organiser.cookie), {
            slug: "min-2024",
            id,
          }),
        ),
      );
      expect(response.status).toBe(404);
    }
  });
});

describe("notes", () => {
  it("adds a note with its author and time; staff cannot (403)", async () => {
    const response = await post(users.organiser.cookie, [
      ["intent", "note"],
      ["body", "  Démo très attendue.  "],
    ]);
    expect(response.data).toEqual({ intent: "note", ok: true });
    expect(
      (
        await catchResponse(() =>
          post(users.staff.cookie, [
            ["intent", "note"],
            ["body", "Staff note"],
          ]),
        )
      ).status,
    ).toBe(403);
    const page = await load(users.organiser.cookie);
    expect(page.detail.notes).toEqual([
      {
        id: expect.any(Number),
        body: "Démo très attendue.",
        createdAt: expect.any(Date),
        authorName: "orga",
      },
    ]);
  });

  it.each([
    ["empty", "   ", "required"],
    ["too long", "x".repeat(5001), "tooLong"],
  ])("refuses an %s note with 400", async (_what, body, code) => {
    const before = getDb().select().from(applicationNotes).all().length;
    const response = await post(users.organiser.cookie, [
      ["intent", "note"],
      ["body", body],
    ]);
    expect(response.init?.status).toBe(400);
    expect(response.data).toEqual({ intent: "note", ok: false, errors: { body: code } });
    expect(getDb().select().from(applicationNotes).all()).toHaveLength(before);
  });
});

describe("scores", () => {
  it("keeps one score per reviewer, editable, and averages them all", async () => {
    const second = insertTestUser("second@review.test", "organiser");
    const secondCookie = await sessionCookieFor(second.id);
    await post(users.organiser.cookie, [
      ["intent", "score"],
      ["score", "2"],
      ["comment", "Bof"],
    ]);
    await post(secondCookie, [
      ["intent", "score"],
      ["score", "5"],
    ]);
    await post(users.organiser.cookie, [
      ["intent", "score"],
      ["score", "4"],
      ["comment", "Finalement oui"],
    ]);
    const page = await load(users.organiser.cookie);
    expect(page.detail.reviews.map((r) => [r.reviewerName, r.score, r.comment])).toEqual([
      ["orga", 4, "Finalement oui"],
      ["second", 5, ""],
    ]);
    expect(page.detail.averageScore).toBe(4.5);
  });

  it.each([["0"], ["6"], ["3.5"], ["abc"], [""]])("refuses the score %j with 400", async (score) => {
    const before = getDb().select().from(applicationReviews).all();
    const response = await post(users.organiser.cookie, [
      ["intent", "score"],
      ["score", score],
    ]);
    expect(response.init?.status).toBe(400);
    expect(response.data).toMatchObject({ intent: "score", ok: false, errors: { score: "score" } });
    expect(getDb().select().from(applicationReviews).all()).toEqual(before);
  });

  it("does not let staff score (403)", async () => {
    const response = await catchResponse(() =>
      post(users.staff.cookie, [
        ["intent", "score"],
        ["score", "3"],
      ]),
    );
    expect(response.status).toBe(403);
  });
});

describe("history", () => {
  it("lists each status change with who, when, before → after and the message", async () => {
    await post(users.organiser.cookie, [
      ["intent", "status"],
      ["to", "in_review"],
    ]);
    await post(users.organiser.cookie, [
      ["intent", "status"],
      ["to", "accepted"],
      ["message", "Bravo"],
    ]);
    const page = await load(users.staff.cookie);
    expect(
      page.detail.history.map(({ userName, action, fromStatus, toStatus, message }) => ({
        userName,
        action,
        fromStatus,
        toStatus,
        message,
      })),
    ).toEqual([
      { userName: "orga", action: "status", fromStatus: "in_review", toStatus: "accepted", message: "Bravo" },
      { userName: "orga", action: "status", fromStatus: "submitted", toStatus: "in_review", message: null },
    ]);
    expect(page.actions).toEqual(["confirmed", "withdrawn"]);
  });

  it("answers 400 to a form without a known intent", async () => {
    const response = await post(users.organiser.cookie, [["intent", "delete"]]);
    expect(response.init?.status).toBe(400);
  });
});
