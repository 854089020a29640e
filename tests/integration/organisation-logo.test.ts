import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { loader } from "~/routes/organisation-logo";
import { getRequest, insertOpenEvent, JPEG_HEADER, PNG_1X1, postStep, validStart } from "./apply-fixtures";
import { cookiePair } from "./auth-fixtures";
import { insertApplication, insertOrganisation, insertTestUser, sessionCookieFor } from "./shell-fixtures";

useTestDatabase();

const ids = { withLogo: 0, noLogo: 0, eventId: 0 };
const cookies = { draft: "", member: "", stranger: "", organiser: "", staff: "" };

beforeAll(async () => {
  const { event } = insertOpenEvent("logo-2030");
  ids.eventId = event.id;
  const fields = validStart();
  const started = await postStep(event.slug, "organisation", fields, {
    files: { logo: { name: "logo.jpg", type: "image/jpeg", bytes: JPEG_HEADER } },
  });
  cookies.draft = cookiePair(started.headers.get("Set-Cookie"));
  const application = getDb()
    .select()
    .from(schema.applications)
    .where(eq(schema.applications.contactEmail, fields.contactEmail!))
    .get()!;
  ids.withLogo = application.organisationId;
  ids.noLogo = insertOrganisation("no-logo").id;
  cookies.member = await sessionCookieFor(
    insertTestUser("member@logo.example", "exhibitor", ids.withLogo).id,
  );
  cookies.stranger = await sessionCookieFor(
    insertTestUser("stranger@logo.example", "exhibitor", insertOrganisation("stranger").id).id,
  );
  cookies.organiser = await sessionCookieFor(insertTestUser("orga@logo.example", "organiser").id);
  cookies.staff = await sessionCookieFor(insertTestUser("staff@logo.example", "staff").id);
});

const fetchLogo = (id: number | string, cookie?: string) =>
  loader({
    request: getRequest(`/organisations/${id}/logo`, cookie),
    params: { id: String(id) },
    context: {},
  } as never);

describe("/organisations/:id/logo", () => {
  it.each(["member", "organiser", "staff", "draft"] as const)(
    "serves the logo to the %s, typed by content and never sniffed",
    async (who) => {
      const response = await fetchLogo(ids.withLogo, cookies[who]);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("image/jpeg");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer()).equals(JPEG_HEADER)).toBe(true);
    },
  );

  it.each([
    ["an anonymous visitor", undefined],
    ["another organisation's exhibitor", "stranger"],
  ] as const)("refuses %s while the organisation is not in the public catalogue", async (_case, who) => {
    const response = await fetchLogo(ids.withLogo, who ? cookies[who] : undefined);
    expect(response.status).toBe(403);
  });

  it("serves anyone once the organisation is accepted somewhere (public catalogue)", async () => {
    const other = insertOpenEvent().event;
    const accepted = insertApplication(other.id, ids.withLogo, "accepted");
    try {
      expect((await fetchLogo(ids.withLogo)).status).toBe(200);
    } finally {
      getDb().delete(schema.applications).where(eq(schema.applications.id, accepted.id)).run();
    }
  });

  it("answers 404 for an organisation without logo, an unknown one or a malformed id", async () => {
    expect((await fetchLogo(ids.noLogo, cookies.organiser)).status).toBe(404);
    expect((await fetchLogo(999_999, cookies.organiser)).status).toBe(404);
    expect((await fetchLogo("../etc/passwd", cookies.organiser)).status).toBe(404);
  });

  it("answers 304 to a browser that has the same logo", async () => {
    const first = await fetchLogo(ids.withLogo, cookies.member);
    const etag = first.headers.get("ETag")!;
    const again = await loader({
      request: new Request(`http://localhost/organisations/${ids.withLogo}/logo`, {
        headers: { Cookie: cookies.member, "If-None-Match": etag },
      }),
      params: { id: String(ids.withLogo) },
      context: {},
    } as never);
    expect(again.status).toBe(304);
  });

  it("stores a PNG under its own type", async () => {
    const { event } = insertOpenEvent();
    const fields = validStart();
    const outcome = await postStep(event.slug, "organisation", fields, {
      files: { logo: { name: "looks-like.jpg", type: "image/jpeg", bytes: PNG_1X1 } },
    });
    const cookie = cookiePair(outcome.headers.get("Set-Cookie"));
    const row = getDb()
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.contactEmail, fields.contactEmail!))
      .get()!;
    const response = await fetchLogo(row.organisationId, cookie);
    expect(response.headers.get("Content-Type")).toBe("image/png");
  });
});
