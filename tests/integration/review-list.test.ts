import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { applicationContacts, zones } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { parseApplicationQuery } from "~/models/application-query";
import {
  countApplicationsByStatus,
  getApplicationFilterOptions,
  listApplications,
} from "~/models/application-review.server";
import { loader } from "~/routes/admin/applications/index";
import { insertHall, insertTestUser, insertVenue } from "./shell-fixtures";
import {
  buildRequest,
  catchResponse,
  insertApp,
  insertEvent,
  insertOrg,
  insertRoleUsers,
  insertScore,
  routeArgs,
} from "./review-fixtures";

useTestDatabase();

let eventId = 0;
let users: Awaited<ReturnType<typeof insertRoleUsers>>;
const day = (d: string) => new Date(`2024-${d}T09:00:00Z`);

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07", { name: "MIN 2024" });
  const other = insertEvent("other", "2025-01-01");
  eventId = event.id;
  const hall = insertHall(event.id, insertVenue("Cartonnerie", "Marseille").id, "H1", null);
  const square = [
    [0, 0],
    [1, 0],
    [1, 1],
  ] as [number, number][];
  getDb()
    .insert(zones)
    .values({ hallId: hall.id, code: "pav-sud", kind: "pavilion", name: "Pavillon Sud", polygon: square })
    .run();

  const zephyr = insertOrg("zephyr", {
    name: "Atelier Zéphyr",
    city: "Marseille",
    country: "FR",
    sector: "xr",
  });
  const borealis = insertOrg("borealis", {
    name: "Borealis Games",
    city: "Montréal",
    country: "CA",
    sector: "video-games",
  });
  const cosmos = insertOrg("cosmos", {
    name: "Cosmos Laser",
    city: "Marseille",
    country: "FR",
    sector: "immersive-art",
  });
  const delta = insertOrg("delta", {
    name: "Delta 100%_Sound",
    city: "Aix-en-Provence",
    country: "FR",
    sector: "sound",
  });
  const echo = insertOrg("echo", { name: "echo studio", city: "Berlin", country: "DE", sector: "sound" });
  const fjord = insertOrg("fjord", { name: "Fjord XR", city: "Oslo", country: "NO", sector: "xr" });
  users = await insertRoleUsers(zephyr.id);
  const reviewer2 = insertTestUser("second@review.test", "organiser");

  const a = insertApp(eventId, zephyr.id, {
    requestedAreaM2: 9,
    powerKw: 2,
    pavilionCode: "pav-sud",
    submittedAt: day("06-01"),
    contactName: "Léa Martin",
  });
  const b = insertApp(eventId, borealis.id, {
    status: "in_review",
    requestedAreaM2: 12,
    powerKw: 4,
    pavilionCode: "pav-int",
    submittedAt: day("06-03"),
  });
  insertApp(eventId, cosmos.id, {
    status: "accepted",
    requestedAreaM2: 36,
    powerKw: 12,
    submittedAt: day("06-02"),
  });
  const d = insertApp(eventId, delta.id, {
    status: "rejected",
    requestedAreaM2: 18,
    powerKw: 0.5,
    submittedAt: day("06-05"),
  });
  insertApp(eventId, echo.id, { status: "draft", requestedAreaM2: 9, powerKw: 1, submittedAt: null });
  const f = insertApp(eventId, fjord.id, {
    status: "waitlisted",
    requestedAreaM2: 12,
    powerKw: 3,
    pavilionCode: "pav-int",
    submittedAt: day("06-04"),
    contactName: "Marseille Dupont",
  });
  getDb()
    .insert(applicationContacts)
    .values({ applicationId: f.id, role: "press", name: "Zoé Extra", email: "zoe@fjord.test" })
    .run();
  for (let i = 1; i <= 24; i++) {
    const org = insertOrg(`filler-${i}`, {
      name: `Filler ${String(i).padStart(2, "0")}`,
      city: "Lyon",
      country: "FR",
      sector: "ai",
    });
    insertApp(eventId, org.id, {
      requestedAreaM2: 9,
      powerKw: 1,
      submittedAt: new Date(Date.UTC(2024, 4, i)),
    });
  }
  insertApp(other.id, zephyr.id, { submittedAt: day("07-01") });

  insertScore(a.id, users.organiser.user.id, 4);
  insertScore(a.id, reviewer2.id, 5);
  insertScore(b.id, users.organiser.user.id, 3);
  insertScore(d.id, users.organiser.user.id, 1);
});

const names = (search: string) =>
  listApplications(eventId, parseApplicationQuery(new URLSearchParams(search))).rows.map(
    (row) => row.organisationName,
  );
const fillers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Filler ${String(from + i).padStart(2, "0")}`);

describe("filters", () => {
  it.each([
    ["q=marseille", ["Fjord XR", "Cosmos Laser", "Atelier Zéphyr"]],
    ["q=zoé extra", ["Fjord XR"]],
    ["q=LÉA MARTIN".toLowerCase(), ["Atelier Zéphyr"]],
    ["q=_", ["Delta 100%_Sound"]],
    ["q=100%25", ["Delta 100%_Sound"]],
    ["status=accepted&status=waitlisted", ["Fjord XR", "Cosmos Laser"]],
    ["sector=sound", ["Delta 100%_Sound", "echo studio"]],
    ["pavilion=pav-int", ["Fjord XR", "Borealis Games"]],
    ["country=ca", ["Borealis Games"]],
    ["areaMin=12&areaMax=18", ["Delta 100%_Sound", "Fjord XR", "Borealis Games"]],
    ["powerMin=3&powerMax=4", ["Fjord XR", "Borealis Games"]],
    ["sector=xr&status=submitted&q=atelier", ["Atelier Zéphyr"]],
    ["q=nobody", []],
    // Accents and case are ignored on both sides: « zephyr » finds « Zéphyr », « MONTREAL » « Montréal ».
    ["q=zephyr", ["Atelier Zéphyr"]],
    ["q=MONTREAL", ["Borealis Games"]],
    ["q=lea martin", ["Atelier Zéphyr"]],
  ])("%s", (search, expected) => {
    expect(names(search)).toEqual(expected);
  });

  it("never lists another event's applications", () => {
    expect(listApplications(eventId, parseApplicationQuery(new URLSearchParams("q=zéphyr"))).total).toBe(1);
  });
});

describe("sorting", () => {
  it("by submission date, newest first by default, never-submitted drafts last", () => {
    expect(names("").slice(0, 6)).toEqual([
      "Delta 100%_Sound",
      "Fjord XR",
      "Borealis Games",
      "Cosmos Laser",
      "Atelier Zéphyr",
      "Filler 24",
    ]);
    expect(names("page=2")).toEqual(["Filler 04", "Filler 03", "Filler 02", "Filler 01", "echo studio"]);
  });

  it("by name, case-insensitively, both ways", () => {
    expect(names("areaMin=10&sort=name")).toEqual([
      "Borealis Games",
      "Cosmos Laser",
      "Delta 100%_Sound",
      "Fjord XR",
    ]);
    expect(names("areaMin=10&sort=name&dir=desc")).toEqual([
      "Fjord XR",
      "Delta 100%_Sound",
      "Cosmos Laser",
      "Borealis Games",
    ]);
    expect(names("sort=name").slice(0, 6)).toEqual([
      "Atelier Zéphyr",
      "Borealis Games",
      "Cosmos Laser",
      "Delta 100%_Sound",
      "echo studio",
      "Filler 01",
    ]);
  });

  it("by name, ignoring accents: « Émeraude » sorts among the e's, not after « z »", () => {
    const accents = insertEvent("accents", "2025-03-01");
    const orgs: [slug: string, name: string][] = [
      ["zinc", "Zinc"],
      ["emeraude", "Émeraude"],
      ["ecole", "école 42"],
      ["delta-acc", "Delta"],
      ["fjord-acc", "Fjord"],
    ];
    for (const [slug, name] of orgs) {
      insertApp(accents.id, insertOrg(slug, { name }).id, { submittedAt: day("06-01") });
    }
    const sorted = listApplications(
      accents.id,
      parseApplicationQuery(new URLSearchParams("sort=name&dir=asc")),
    );
    expect(sorted.rows.map((row) => row.organisationName)).toEqual([
      "Delta",
      "école 42",
      "Émeraude",
      "Fjord",
      "Zinc",
    ]);
  });

  it("by average score, unscored last in both directions, ties by name", () => {
    expect(names("sort=score").slice(0, 5)).toEqual([
      "Atelier Zéphyr",
      "Borealis Games",
      "Delta 100%_Sound",
      "Cosmos Laser",
      "echo studio",
    ]);
    expect(names("sort=score&dir=asc").slice(0, 5)).toEqual([
      "Delta 100%_Sound",
      "Borealis Games",
      "Atelier Zéphyr",
      "Cosmos Laser",
      "echo studio",
    ]);
  });

  it("by area and by power", () => {
    expect(names("sort=area").slice(0, 6)).toEqual([
      "Cosmos Laser",
      "Delta 100%_Sound",
      "Borealis Games",
      "Fjord XR",
      "Atelier Zéphyr",
      "echo studio",
    ]);
    expect(names("sort=power&dir=asc").slice(0, 3)).toEqual(["Delta 100%_Sound", "echo studio", "Filler 01"]);
  });

  it("by status in workflow order", () => {
    expect(names("sort=status")).toEqual(["echo studio", "Atelier Zéphyr", ...fillers(1, 23)]);
    expect(names("sort=status&page=2")).toEqual([
      "Filler 24",
      "Borealis Games",
      "Cosmos Laser",
      "Fjord XR",
      "Delta 100%_Sound",
    ]);
  });
});

describe("paging", () => {
  it("shows 25 rows a page and clamps a page past the end to the last one", () => {
    const first = listApplications(eventId, parseApplicationQuery(new URLSearchParams("")));
    expect([first.rows.length, first.total, first.page, first.pageCount]).toEqual([25, 30, 1, 2]);
    const past = listApplications(eventId, parseApplicationQuery(new URLSearchParams("page=99")));
    expect([past.rows.length, past.page]).toEqual([5, 2]);
  });

  it("gives each row its average score and number of reviews", () => {
    const row = listApplications(eventId, parseApplicationQuery(new URLSearchParams("q=zéphyr"))).rows[0];
    expect(row).toMatchObject({ averageScore: 4.5, reviewCount: 2, pavilionCode: "pav-sud", country: "FR" });
  });
});

describe("status counts and filter choices", () => {
  it("counts per status under the other filters, ignoring the status filter itself", () => {
    const query = parseApplicationQuery(new URLSearchParams("sector=sound&status=accepted"));
    expect(countApplicationsByStatus(eventId, query)).toEqual({
      draft: 1,
      submitted: 0,
      in_review: 0,
      accepted: 0,
      waitlisted: 0,
      rejected: 1,
      confirmed: 0,
      withdrawn: 0,
    });
    expect(listApplications(eventId, query).total).toBe(0);
  });

  it("offers only the values present, pavilions named after the plan's zones", () => {
    expect(getApplicationFilterOptions(eventId)).toEqual({
      sectors: ["ai", "immersive-art", "sound", "video-games", "xr"],
      countries: ["CA", "DE", "FR", "NO"],
      pavilions: [
        { code: "pav-int", name: null },
        { code: "pav-sud", name: "Pavillon Sud" },
      ],
    });
  });
});

describe("the list page", () => {
  const url = "/admin/events/min-2024/applications";

  it("lets organisers decide and staff read", async () => {
    const organiser = await loader(
      routeArgs(buildRequest(url, users.organiser.cookie), { slug: "min-2024" }),
    );
    const staff = await loader(routeArgs(buildRequest(url, users.staff.cookie), { slug: "min-2024" }));
    expect([organiser.canDecide, staff.canDecide]).toEqual([true, false]);
    expect(staff.list.total).toBe(30);
  });

  it("keeps exhibitors out (403) and asks anonymous visitors to log in", async () => {
    const exhibitor = await catchResponse(() =>
      loader(routeArgs(buildRequest(url, users.exhibitor.cookie), { slug: "min-2024" })),
    );
    expect(exhibitor.status).toBe(403);
    const anonymous = await catchResponse(() => loader(routeArgs(buildRequest(url), { slug: "min-2024" })));
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("answers garbage parameters with the default list, not an error", async () => {
    const garbage = `${url}?page=%FF&sort=1;drop&dir=up&areaMin=abc&powerMax=-1&status=%00&country=12345&q=${"%".repeat(3)}`;
    const data = await loader(routeArgs(buildRequest(garbage, users.organiser.cookie), { slug: "min-2024" }));
    expect(data.query).toMatchObject({
      page: 1,
      sort: "submitted",
      dir: "desc",
      status: [],
      country: "",
      areaMin: undefined,
    });
  });

  it("answers 404 for an unknown event", async () => {
    const response = await catchResponse(() =>
      loader(
        routeArgs(buildRequest("/admin/events/nope/applications", users.organiser.cookie), { slug: "nope" }),
      ),
    );
    expect(response.status).toBe(404);
  });
});
