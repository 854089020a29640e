import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { loader } from "~/routes/admin/applications/export-csv";
import { insertTestUser, sessionCookieFor } from "./shell-fixtures";
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

let users: Awaited<ReturnType<typeof insertRoleUsers>>;
let englishCookie = "";

beforeAll(async () => {
  const event = insertEvent("min-2024", "2024-11-07");
  users = await insertRoleUsers(insertOrg("own").id);
  englishCookie = await sessionCookieFor(insertTestUser("en@review.test", "organiser", null, "en").id);
  const evil = insertOrg("evil", {
    name: '=HYPERLINK("http://evil.example";"clic")',
    city: "Paris",
    country: "FR",
    sector: "ai",
  });
  const quoted = insertOrg("quoted", {
    name: 'Studio "Lumen"; Marseille',
    city: "Marseille",
    country: "FR",
    sector: "xr",
  });
  const plain = insertOrg("plain", { name: "Plain", city: "Lyon", country: "FR", sector: "xr" });
  insertApp(event.id, evil.id, {
    status: "accepted",
    requestedAreaM2: 12.5,
    powerKw: 3,
    contactName: "Line one\nLine two",
    contactPhone: "+33 4 91 00 00 00",
    submittedAt: new Date("2024-06-01T10:30:00Z"),
  });
  const lumen = insertApp(event.id, quoted.id, {
    status: "accepted",
    requestedAreaM2: 9,
    powerKw: 1.5,
    contactName: "-Léa",
    submittedAt: new Date("2024-06-02T10:30:00Z"),
  });
  insertApp(event.id, plain.id, { status: "rejected" });
  insertScore(lumen.id, users.organiser.user.id, 4);
});

const exportCsv = (search: string, cookie: string) =>
  loader(
    routeArgs(buildRequest(`/admin/events/min-2024/applications/export.csv${search}`, cookie), {
      slug: "min-2024",
    }),
  );

describe("the CSV export", () => {
  it("writes the filtered applications as a French spreadsheet file", async () => {
    const response = await exportCsv("?status=accepted&sort=name", users.organiser.cookie);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="candidatures-min-2024.csv"',
    );
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "N°;Organisation;Secteur;Ville;Pays;Statut;Contact;E-mail;Téléphone;Type de stand;Surface (m²);Puissance (kW);Phases;Pavillon;Déposée le;Décision le;Note moyenne;Nombre d’avis",
    );
    // Sorted by name: the neutralised formula first. Its contact's line feed stays inside quotes.
    expect(lines[1]).toMatch(
      /^\d+;"'=HYPERLINK\(""http:\/\/evil\.example"";""clic""\)";Intelligence artificielle;Paris;France;acceptée;"Line one\nLine two";/,
    );
    expect(lines[1]).toMatch(
      /;contact\d+@example\.test;'\+33 4 91 00 00 00;Stand équipé;12,5;3;1;;2024-06-01 12:30;;;0$/,
    );
    expect(lines[2]).toMatch(
      /^\d+;"Studio ""Lumen""; Marseille";Réalité virtuelle et augmentée;Marseille;France;acceptée;'-Léa;/,
    );
    expect(lines[2]).toMatch(/;9;1,5;1;;2024-06-02 12:30;;4;1$/);
    expect(lines.slice(3)).toEqual([""]);
  });

  it("uses the reader's language for headers, labels and decimals", async () => {
    const response = await exportCsv("?q=lumen", englishCookie);
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="applications-min-2024.csv"',
    );
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toMatch(/^No\.;Organisation;Sector;City;Country;Status;Contact;/);
    expect(lines[1]).toMatch(
      /;Virtual and augmented reality;Marseille;France;accepted;'-Léa;.*;Shell scheme;9;1\.5;1;/,
    );
  });

  it("is open to staff and closed to exhibitors", async () => {
    expect((await exportCsv("", users.staff.cookie)).status).toBe(200);
    expect((await catchResponse(() => exportCsv("", users.exhibitor.cookie))).status).toBe(403);
  });

  it("exports the default list for garbage parameters", async () => {
    const lines = (
      await (await exportCsv("?sort=%00&page=-1&status=zzz", users.organiser.cookie)).text()
    ).split("\r\n");
    // The header, three applications (a quoted LF inside a cell does not end a record), the final CRLF.
    expect(lines).toHaveLength(5);
  });
});
