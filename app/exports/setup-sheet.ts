import type { Formatter } from "./format";
import type { StandSides } from "./open-sides";
import { fasciaText, standDemandKw, type ExportData, type ExportStand } from "./types";

/**
 * What a setup sheet says, as printable strings: one function shared by our PDF generator and the
 * benchmark's @react-pdf/renderer baseline, so both print exactly the same content.
 */
export interface SheetContent {
  code: string;
  hallId: string;
  title: string;
  header: string;
  rows: [string, string][];
  furniture: string[];
  badges: string;
  notes: string[];
  footer: string;
}

export function describeSetupSheet(
  data: ExportData,
  stand: ExportStand,
  sides: StandSides | undefined,
  f: Formatter,
  page: number,
): SheetContent {
  const t = f.texts.sheet;
  const dash = f.texts.dash;
  const e = stand.exhibitor;
  const open = sides?.open ?? [];
  const rows: [string, string][] = [
    [t.event, data.event.name],
    [t.venue, stand.venueName || dash],
    [t.hall, stand.hallName],
    [
      t.dimensions,
      f.fill(t.dimensionsValue, { width: f.number(stand.width, 2), depth: f.number(stand.depth, 2) }),
    ],
    [t.area, f.fill(t.areaValue, { value: f.number(stand.areaM2, 2) })],
    [
      t.openSides,
      f.fill(t.openSidesValue, {
        count: open.length,
        kind: f.texts.sideKinds[String(open.length) as "0"],
        sides: open.map((s) => f.texts.sides[s]).join(", ") || dash,
      }),
    ],
  ];
  if (stand.rotation % 360 !== 0) rows.push([t.rotation, `${f.number(stand.rotation, 1)}°`]);
  if (stand.covered) rows.push([t.covered, f.texts.yes]);
  rows.push([t.fascia, fasciaText(stand) || dash]);
  rows.push([t.exhibitor, e?.name ?? t.unassigned]);
  const contact =
    e?.onsite ?? (e ? { name: e.contactName, email: e.contactEmail, phone: e.contactPhone } : null);
  rows.push([
    t.contact,
    contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(" · ") || dash : dash,
  ]);
  const kw = standDemandKw(stand);
  const power = e
    ? f.fill(t.powerValue, {
        kw: f.number(kw, 2),
        phases: e.phases === 3 ? t.phases3 : t.phases1,
        box: stand.powerBoxId ?? dash,
      }) + (e.power24h ? ` · ${t.supply24h}` : "")
    : stand.powerBoxId
      ? f.fill(t.powerValue, { kw: f.number(0), phases: dash, box: stand.powerBoxId })
      : dash;
  rows.push([t.power, power]);
  rows.push([t.loadIn, f.slot(e?.loadIn ?? null)]);
  rows.push([t.loadOut, f.slot(e?.loadOut ?? null)]);
  const v = e?.vehicle;
  rows.push([
    t.vehicle,
    v
      ? f.fill(t.vehicleValue, {
          plate: v.plate,
          length: f.number(v.lengthM, 2),
          height: f.number(v.heightM, 2),
        })
      : dash,
  ]);
  const furniture = (e?.furniture ?? []).map(
    (line) => `${f.number(line.quantity)} × ${f.locale === "fr" ? line.nameFr : line.nameEn} (${line.code})`,
  );
  const badges = (e?.badges ?? []).map((b) => `${b.name} (${f.texts.badgeRoles[b.role]})`).join(" · ");
  const notes: string[] = [];
  if (sides && sides.pillars.length > 0) notes.push(f.fill(t.pillarNote, { ids: sides.pillars.join(", ") }));
  if (stand.notes) notes.push(stand.notes);
  return {
    code: stand.code,
    hallId: stand.hallId,
    title: t.title,
    header: `${data.event.name} · ${stand.venueName ? `${stand.venueName} · ` : ""}${stand.hallName}`,
    rows,
    furniture,
    badges: badges || dash,
    notes,
    footer: f.fill(t.footer, {
      event: data.event.name,
      version: data.event.planVersion,
      date: f.date(data.generatedAt),
      page,
    }),
  };
}
