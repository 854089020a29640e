import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  applicationContacts,
  applications,
  eventForms,
  formSubmissions,
  furnitureItems,
  logisticsSlots,
  organisations,
  slotBookings,
  stands,
} from "../../db/schema";
import type { LogisticsFormKind } from "../../db/schema/logistics";
import { replaceEventPlan } from "~/models/plan.server";
import { insertSmallPlanExhibitors, smallPlan } from "./plan-fixtures";
import { insertEvent, insertOrganisation, insertTestUser, sessionCookieFor } from "./shell-fixtures";

/**
 * An event for the export tests: the worked example's plan (5 stands, 3 exhibitors) with a fascia
 * name and a contact that try formula injection, accents, and logistics answers for Studio Lumen
 * (electrical, furniture, badges, machines, vehicle, load-in/out slots). Atelier Onde has none.
 */
export async function insertExportEvent(slug = "min-exports") {
  const event = insertEvent(slug, "2024-11-07", {
    name: "Marché des Imaginaires Numériques",
    endsOn: "2024-11-08",
  });
  const ids = insertSmallPlanExhibitors(event.id);
  const plan = smallPlan();
  plan.stands[0]!.notes = "Cloison arrière à garder dégagée";
  // A wider hall (same depth, so the doors stay on the outline): its floor area needs a thousands separator.
  plan.halls[0]!.outline = [
    [0, 0],
    [100, 0],
    [100, 12],
    [0, 12],
  ];
  replaceEventPlan(event.id, plan, { userId: null });
  const db = getDb();
  const lumen = ids.get("studio-lumen")!;
  db.update(stands)
    .set({ fasciaName: '=HYPERLINK("http://evil.example")' })
    .where(and(eq(stands.eventId, event.id), eq(stands.code, "A01")))
    .run();
  db.update(stands)
    .set({ fasciaName: "Atelier Onde — Créations sonores" })
    .where(and(eq(stands.eventId, event.id), eq(stands.code, "A02")))
    .run();
  db.update(organisations)
    .set({ name: "Studio Lumen, « Réalité » étendue" })
    .where(eq(organisations.slug, "studio-lumen"))
    .run();
  db.update(applications)
    .set({
      contactName: "Hélène Dubœuf",
      contactPhone: "+33 4 91 00 00 00",
      contactEmail: "helene@lumen.example",
      declarations: { machines: false, lasers: true, drones: false, vrRigs: true, details: "Laser de scène" },
    })
    .where(eq(applications.id, lumen))
    .run();
  db.insert(applicationContacts)
    .values({
      applicationId: lumen,
      role: "onsite",
      name: "Zoë Régisseuse",
      email: "zoe@lumen.example",
      phone: "06 12 34 56 78",
    })
    .run();

  const forms = new Map<LogisticsFormKind, number>();
  const form = (kind: LogisticsFormKind) => {
    if (!forms.has(kind))
      forms.set(
        kind,
        db
          .insert(eventForms)
          .values({ eventId: event.id, kind, dueAt: new Date("2024-10-07T00:00:00Z") })
          .returning()
          .get().id,
      );
    return forms.get(kind)!;
  };
  const submit = (
    kind: LogisticsFormKind,
    applicationId: number,
    data: Record<string, unknown>,
    status: "submitted" | "approved" | "draft" = "submitted",
  ) =>
    db
      .insert(formSubmissions)
      .values({ eventFormId: form(kind), applicationId, status, data })
      .run();
  const chair = db
    .insert(furnitureItems)
    .values({
      eventId: event.id,
      code: "CH-01",
      nameFr: "Chaise pliante",
      nameEn: "Folding chair",
      unitPriceCents: 1250,
    })
    .returning()
    .get().id;
  const counter = db
    .insert(furnitureItems)
    .values({
      eventId: event.id,
      code: "CP-03",
      nameFr: "Comptoir d’accueil",
      nameEn: "Reception counter",
      unitPriceCents: 123456,
    })
    .returning()
    .get().id;
  submit("electrical", lumen, { kw: 1234.5 / 1000 + 2, phases: 3, supply24h: true }, "approved");
  submit("furniture", lumen, {
    lines: [
      { itemId: chair, quantity: 4 },
      { itemId: counter, quantity: 1 },
    ],
  });
  submit("badges", lumen, {
    badges: [
      { name: "Léa Müller", role: "exhibitor" },
      { name: "@Agnès", role: "installer" },
    ],
  });
  submit("machines", lumen, {
    machines: true,
    lasers: true,
    laserClass: "3R",
    dangerousProducts: false,
    description: "Projecteur laser classe 3R",
  });
  submit("vehicle", lumen, { plate: "AB-123-CD", lengthM: 5.5, heightM: 2.4 });
  // A draft is not an order: never printed.
  submit("vehicle", ids.get("xr-lab")!, { plate: "ZZ-999-ZZ", lengthM: 4, heightM: 2 }, "draft");
  const slot = (kind: "load_in" | "load_out", startsAt: string) =>
    db
      .insert(logisticsSlots)
      .values({
        eventId: event.id,
        kind,
        startsAt: new Date(startsAt),
        endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
        capacity: 4,
      })
      .returning()
      .get().id;
  db.insert(slotBookings)
    .values({ slotId: slot("load_in", "2024-11-06T07:00:00Z"), applicationId: lumen, kind: "load_in" })
    .run();
  db.insert(slotBookings)
    .values({ slotId: slot("load_out", "2024-11-08T17:00:00Z"), applicationId: lumen, kind: "load_out" })
    .run();

  const staff = insertTestUser(`staff@${slug}.test`, "staff");
  const organiser = insertTestUser(`orga@${slug}.test`, "organiser", null, "en");
  const exhibitorOrg = insertOrganisation(`expo-${slug}`);
  const exhibitor = insertTestUser(`expo@${slug}.test`, "exhibitor", exhibitorOrg.id);
  return {
    event,
    cookies: {
      staff: await sessionCookieFor(staff.id),
      organiser: await sessionCookieFor(organiser.id),
      exhibitor: await sessionCookieFor(exhibitor.id),
    },
  };
}

/** Text of every page of a PDF, through pdf.js (the legacy build runs in Node). */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent({ disableNormalization: true });
    // pdf.js splits runs at every positioned string; plain spaces are squeezed (never U+202F).
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/ {2,}/g, " "),
    );
  }
  await doc.destroy();
  return pages;
}

/**
 * The characters drawn on each page, read from the glyphs of the page's text operators: unlike
 * getTextContent, which folds every white-space character into a plain space, this keeps the
 * narrow no-break spaces (U+202F) that fr-FR puts in numbers.
 */
export async function pdfGlyphs(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const list = await (await doc.getPage(i)).getOperatorList();
    let text = "";
    list.fnArray.forEach((fn, k) => {
      if (fn !== pdfjs.OPS.showText) return;
      for (const glyph of list.argsArray[k][0] as ({ unicode?: string } | number)[])
        if (typeof glyph === "object" && glyph?.unicode) text += glyph.unicode;
      text += "\n";
    });
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}
