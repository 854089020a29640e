import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { luhnSum } from "~/models/siret";
import { uploadsDir } from "~/models/file-store.server";
import { action as stepAction, loader as stepLoader } from "~/routes/apply/step";
import { cookiePair, settle, type Outcome } from "./auth-fixtures";
import { insertHall, insertVenue } from "./shell-fixtures";

/** Shared by the application-form tests: an open event, valid answers, real requests, row counts. */

const DAY = 86_400_000;
let counter = 0;

/** An event whose application window is open now, with one hall and two pavilion zones. */
export function insertOpenEvent(
  slug = `open-${++counter}`,
  extra: Partial<typeof schema.events.$inferInsert> = {},
) {
  const now = Date.now();
  const event = getDb()
    .insert(schema.events)
    .values({
      slug,
      name: `Event ${slug}`,
      startsOn: "2030-11-07",
      endsOn: "2030-11-08",
      applicationsOpenAt: new Date(now - DAY),
      applicationsCloseAt: new Date(now + 30 * DAY),
      editDeadlineAt: new Date(now + 40 * DAY),
      ...extra,
    })
    .returning()
    .get();
  const hall = insertHall(event.id, insertVenue(`Venue ${slug}`, "Marseille").id, `hall-${slug}`, 100);
  const square: [number, number][] = [
    [1, 1],
    [9, 1],
    [9, 9],
    [1, 9],
  ];
  getDb()
    .insert(schema.zones)
    .values([
      { hallId: hall.id, code: "pav-sud", kind: "pavilion", name: "Pavillon Sud", polygon: square },
      { hallId: hall.id, code: "quiet-1", kind: "quiet", name: "Quiet", polygon: square },
    ])
    .run();
  return { event, hall };
}

/** A SIRET with a valid Luhn key, built from a 13-digit stem. */
export function siretFrom(stem: string): string {
  const digits = stem.padStart(13, "0").slice(-13);
  for (let key = 0; key <= 9; key += 1) if (luhnSum(`${digits}${key}`) % 10 === 0) return `${digits}${key}`;
  throw new Error("unreachable");
}

export function uniqueSiret(): string {
  counter += 1;
  return siretFrom(`${Date.now() % 1e9}${counter}`.slice(-13));
}

export function validStart(overrides: Record<string, string> = {}): Record<string, string> {
  counter += 1;
  return {
    name: `Studio Test ${counter}`,
    legalForm: "SAS",
    siret: uniqueSiret(),
    address: "41 rue Jobin",
    postcode: "13003",
    city: "Marseille",
    country: "FR",
    website: "https://studio.example",
    sector: "xr",
    descriptionFr: "Un studio de réalité virtuelle.",
    descriptionEn: "A virtual reality studio.",
    contactName: "Léa Martin",
    contactEmail: `lea-${counter}@studio-${counter}.example`,
    ...overrides,
  };
}

export const VALID_CONTACTS = {
  contactName: "Léa Martin",
  contactPhone: "+33 4 91 00 00 00",
  onsiteName: "Hugo Bernard",
  onsiteEmail: "hugo@studio.example",
  onsitePhone: "06 12 34 56 78",
};

export const VALID_PARTICIPATION = {
  standKind: "shell",
  areaChoice: "12",
  powerKw: "2,5",
  phases: "1",
  noise: "normal",
  demoDescription: "Démonstration d’un casque.",
  vrRigs: "on",
  declarationDetails: "Deux casques autonomes.",
  pavilionCode: "pav-sud",
};

export const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGPgjkn+DwADCgHKFdsSWwAAAABJRU5ErkJggg==",
  "base64",
);
export const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

export type Upload = { name: string; type: string; bytes: Uint8Array };

/** A multipart POST, as a browser sends a form with a file input. */
export function formRequest(
  url: string,
  fields: Record<string, string | string[]>,
  options: { cookie?: string; files?: Record<string, Upload> } = {},
): Request {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  for (const [key, file] of Object.entries(options.files ?? {}))
    body.append(key, new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(`http://localhost${url}`, { method: "POST", body, headers });
}

export function getRequest(url: string, cookie?: string): Request {
  return new Request(`http://localhost${url}`, { headers: cookie ? { Cookie: cookie } : {} });
}

const routeArgs = (request: Request, params: Record<string, string>) =>
  ({ request, params, context: {} }) as never;

export function postStep(
  slug: string,
  step: string,
  fields: Record<string, string | string[]>,
  options: { cookie?: string; files?: Record<string, Upload> } = {},
): Promise<Outcome> {
  const request = formRequest(`/apply/${slug}/${step}`, fields, options);
  return settle(() => stepAction(routeArgs(request, { slug, step })));
}

export function loadStep(slug: string, step: string, cookie?: string): Promise<Outcome> {
  return settle(() => stepLoader(routeArgs(getRequest(`/apply/${slug}/${step}`, cookie), { slug, step })));
}

/** Starts an application through the first step; returns the draft cookie and the application row. */
export async function startDraft(slug: string, overrides: Record<string, string> = {}) {
  const fields = validStart(overrides);
  const outcome = await postStep(slug, "organisation", fields);
  if (outcome.status !== 302)
    throw new Error(`start failed: ${outcome.status} ${JSON.stringify(outcome.body)}`);
  const cookie = cookiePair(outcome.headers.get("Set-Cookie"));
  const application = getDb()
    .select()
    .from(schema.applications)
    .where(eq(schema.applications.contactEmail, fields.contactEmail!))
    .get();
  if (!application) throw new Error("no application row");
  return { cookie, application, fields };
}

const COUNTED = {
  organisations: schema.organisations,
  applications: schema.applications,
  applicationContacts: schema.applicationContacts,
  applicationWishes: schema.applicationWishes,
  files: schema.files,
  authTokens: schema.authTokens,
  outbox: schema.outbox,
  auditLog: schema.auditLog,
  users: schema.users,
};

/** Every row count the form could change, and the files under data/uploads: "nothing stored" means equal. */
export function snapshotStore() {
  const rows = Object.fromEntries(
    Object.entries(COUNTED).map(([name, table]) => [
      name,
      getDb().select({ n: count() }).from(table).get()!.n,
    ]),
  );
  return { rows, uploads: listUploads() };
}

export function listUploads(): string[] {
  const root = uploadsDir();
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((p) => path.join(root, p))
    .sort();
}

export function outboxTo(email: string) {
  return getDb().select().from(schema.outbox).where(eq(schema.outbox.to, email)).all();
}

/** The resume link's raw token inside a notice e-mail's text. */
export function resumeTokenIn(text: string): string {
  const match = text.match(/\/resume\/([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error("no resume link in the e-mail");
  return match[1];
}
