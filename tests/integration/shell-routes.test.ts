import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { loader as adminIndexLoader } from "~/routes/admin/index";
import { loader as adminLayoutLoader } from "~/routes/admin/layout";
import { loader as homeLoader } from "~/routes/home";
import { action as notFoundAction, loader as notFoundLoader } from "~/routes/not-found";
import {
  buildRequest,
  catchResponse,
  insertEvent,
  insertOrganisation,
  insertTestUser,
  routeArgs,
  sessionCookieFor,
} from "./shell-fixtures";

useTestDatabase();

const cookies = { organiser: "", staff: "", exhibitor: "" };

beforeAll(async () => {
  const org = insertOrganisation("expo");
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@test.example", "organiser").id);
  cookies.staff = await sessionCookieFor(insertTestUser("staff@test.example", "staff").id);
  cookies.exhibitor = await sessionCookieFor(insertTestUser("expo@test.example", "exhibitor", org.id).id);
});

describe("/", () => {
  it.each([
    ["an anonymous visitor", undefined, "/login"],
    ["an organiser", "organiser", "/admin"],
    ["a staff member", "staff", "/admin"],
    ["an exhibitor", "exhibitor", "/portal"],
  ] as const)("sends %s to %s", async (_who, role, location) => {
    const response = await catchResponse(() =>
      homeLoader(routeArgs(buildRequest("/", role && cookies[role]))),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(location);
  });
});

describe("unknown URLs", () => {
  it("answer a real 404 to GET and POST", async () => {
    expect((await catchResponse(() => notFoundLoader())).status).toBe(404);
    expect((await catchResponse(() => notFoundAction())).status).toBe(404);
  });
});

describe("/admin", () => {
  it("shows the empty state (no redirect) while there is no event", async () => {
    expect(await adminIndexLoader(routeArgs(buildRequest("/admin", cookies.organiser)))).toBeNull();
  });

  it("then opens the most recent event's home", async () => {
    insertEvent("min-2024", "2024-11-07");
    insertEvent("min-2025", "2025-11-06");
    insertEvent("atelier-2023", "2023-06-01");
    const response = await catchResponse(() =>
      adminIndexLoader(routeArgs(buildRequest("/admin", cookies.staff))),
    );
    expect(response.headers.get("Location")).toBe("/admin/events/min-2025");
  });

  it("gives the header every event, most recent first, and the one in the URL", async () => {
    const request = buildRequest("/admin/events/min-2024", cookies.organiser);
    expect(await adminLayoutLoader(routeArgs(request, { slug: "min-2024" }))).toEqual({
      events: [
        { slug: "min-2025", name: "Event min-2025" },
        { slug: "min-2024", name: "Event min-2024" },
        { slug: "atelier-2023", name: "Event atelier-2023" },
      ],
      currentSlug: "min-2024",
    });
  });

  it("does not take an unknown slug for the current event", async () => {
    const request = buildRequest("/admin/events/nope", cookies.organiser);
    expect(await adminLayoutLoader(routeArgs(request, { slug: "nope" }))).toMatchObject({
      currentSlug: null,
    });
  });

  it("keeps exhibitors out with a 403", async () => {
    for (const load of [adminIndexLoader, adminLayoutLoader]) {
      const response = await catchResponse(() => load(routeArgs(buildRequest("/admin", cookies.exhibitor))));
      expect(response.status).toBe(403);
    }
  });
});
