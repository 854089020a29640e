import { planRuleSettings } from "../../floorplans/format/settings";
import type { Formatter } from "./format";
import type { StandSides } from "./open-sides";
import type { TableKind } from "./table-kinds";
import { fasciaText, standDemandKw, type ExportData, type ExportStand } from "./types";

/**
 * The contractors' lists as plain tables (a header and rows of text or numbers), written to CSV
 * or XLSX by csv-table.ts / xlsx-table.ts. Text that comes from users is neutralised by the
 * writers, never here; numbers stay numbers so spreadsheets can sum them.
 */
export { tableKinds, type TableKind } from "./table-kinds";
export type Cell = string | number | null;

export interface ExportTable {
  kind: TableKind;
  title: string;
  fileName: string;
  columns: string[];
  /** Per column: "text" cells are user text (neutralised on output), "number" cells are figures. */
  types: ("text" | "number")[];
  rows: Cell[][];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function buildTable(
  kind: TableKind,
  data: ExportData,
  stands: ExportStand[],
  sides: Map<string, StandSides>,
  f: Formatter,
): ExportTable {
  const c = f.texts.columns;
  const table = (columns: [string, "text" | "number"][], rows: Cell[][]): ExportTable => ({
    kind,
    title: f.texts.tables[kind],
    fileName: f.texts.fileNames[kind],
    columns: columns.map(([name]) => name),
    types: columns.map(([, type]) => type),
    rows,
  });
  const yesNo = (value: boolean) => (value ? f.texts.yes : f.texts.no);
  switch (kind) {
    case "stands":
      return table(
        [
          [c.code, "text"],
          [c.hall, "text"],
          [c.venue, "text"],
          [c.exhibitor, "text"],
          [c.width, "number"],
          [c.depth, "number"],
          [c.area, "number"],
          [c.openSides, "number"],
          [c.covered, "text"],
          [c.status, "text"],
          [c.box, "text"],
          [c.kw, "number"],
          [c.phases, "number"],
          [c.contact, "text"],
          [c.phone, "text"],
          [c.email, "text"],
          [c.notes, "text"],
        ],
        stands.map((s) => {
          const e = s.exhibitor;
          const contact =
            e?.onsite ?? (e ? { name: e.contactName, phone: e.contactPhone, email: e.contactEmail } : null);
          return [
            s.code,
            s.hallName,
            s.venueName,
            e?.name ?? null,
            round(s.width),
            round(s.depth),
            round(s.areaM2),
            sides.get(s.code)?.open.length ?? null,
            yesNo(s.covered),
            f.texts.statuses[s.status as "available"] ?? s.status,
            s.powerBoxId,
            round(standDemandKw(s)),
            e?.phases ?? null,
            contact?.name ?? null,
            contact?.phone ?? null,
            contact?.email ?? null,
            s.notes,
          ];
        }),
      );
    case "power": {
      const settings = planRuleSettings(data.plan);
      const chosen = new Set(stands.map((s) => s.code));
      const rows: Cell[][] = [];
      for (const box of data.plan.powerBoxes) {
        const fed = stands.filter((s) => s.powerBoxId === box.id);
        const all = data.stands.filter((s) => s.powerBoxId === box.id);
        if (fed.length === 0 && chosen.size !== data.stands.length) continue;
        const kw = all.reduce((sum, s) => sum + standDemandKw(s), 0);
        const capacity = box.capacityKw ?? settings.boxCapacityKw;
        const needs3 = fed.some((s) => s.exhibitor?.phases === 3);
        rows.push([
          box.id,
          data.plan.halls.find((h) => h.id === box.hallId)?.name ?? box.hallId,
          box.phases,
          round(capacity),
          fed.map((s) => s.code).join(", "),
          round(kw),
          round((kw / capacity) * 100, 1),
          needs3 ? 3 : 1,
          all.some((s) => s.exhibitor?.power24h) ? f.texts.yes : f.texts.no,
        ]);
      }
      const unconnected = stands.filter((s) => !s.powerBoxId && standDemandKw(s) > 0);
      if (unconnected.length > 0)
        rows.push([
          f.texts.dash,
          f.texts.dash,
          null,
          null,
          unconnected.map((s) => s.code).join(", "),
          round(unconnected.reduce((sum, s) => sum + standDemandKw(s), 0)),
          null,
          null,
          null,
        ]);
      return table(
        [
          [c.box, "text"],
          [c.hall, "text"],
          [c.boxPhases, "number"],
          [c.capacity, "number"],
          [c.stands, "text"],
          [c.kw, "number"],
          [c.load, "number"],
          [c.phases, "number"],
          [c.supply24h, "text"],
        ],
        rows,
      );
    }
    case "furnitureTotals": {
      const totals = new Map<string, { name: string; quantity: number; unit: number }>();
      for (const e of exhibitorsOf(stands))
        for (const line of e.furniture) {
          const item = totals.get(line.code) ?? {
            name: f.locale === "fr" ? line.nameFr : line.nameEn,
            quantity: 0,
            unit: line.unitPriceCents,
          };
          item.quantity += line.quantity;
          totals.set(line.code, item);
        }
      return table(
        [
          [c.itemCode, "text"],
          [c.item, "text"],
          [c.quantity, "number"],
          [c.unitPrice, "number"],
          [c.total, "number"],
        ],
        [...totals.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, item]) => [
            code,
            item.name,
            item.quantity,
            item.unit / 100,
            (item.unit * item.quantity) / 100,
          ]),
      );
    }
    case "furnitureStands":
      return table(
        [
          [c.code, "text"],
          [c.hall, "text"],
          [c.exhibitor, "text"],
          [c.itemCode, "text"],
          [c.item, "text"],
          [c.quantity, "number"],
        ],
        firstStandOfEach(stands).flatMap((s) =>
          s.exhibitor!.furniture.map((line) => [
            s.code,
            s.hallName,
            s.exhibitor!.name,
            line.code,
            f.locale === "fr" ? line.nameFr : line.nameEn,
            line.quantity,
          ]),
        ),
      );
    case "badges":
      return table(
        [
          [c.code, "text"],
          [c.exhibitor, "text"],
          [c.badgeName, "text"],
          [c.badgeRole, "text"],
        ],
        firstStandOfEach(stands).flatMap((s) =>
          s.exhibitor!.badges.map((b) => [s.code, s.exhibitor!.name, b.name, f.texts.badgeRoles[b.role]]),
        ),
      );
    case "schedule": {
      const rows: { at: number; cells: Cell[] }[] = [];
      for (const s of firstStandOfEach(stands)) {
        const e = s.exhibitor!;
        const vehicle = e.vehicle
          ? f.fill(f.texts.sheet.vehicleValue, {
              plate: e.vehicle.plate,
              length: f.number(e.vehicle.lengthM, 2),
              height: f.number(e.vehicle.heightM, 2),
            })
          : null;
        for (const kind of ["load_in", "load_out"] as const) {
          const slot = kind === "load_in" ? e.loadIn : e.loadOut;
          if (!slot) continue;
          rows.push({
            at: slot.startsAt.getTime(),
            cells: [
              f.texts.slotKinds[kind],
              f.dateTime(slot.startsAt),
              f.dateTime(slot.endsAt),
              codesOf(stands, e.slug),
              e.name,
              e.onsite?.name ?? e.contactName,
              e.onsite?.phone ?? e.contactPhone,
              vehicle,
            ],
          });
        }
      }
      rows.sort((a, b) => a.at - b.at || String(a.cells[3]).localeCompare(String(b.cells[3])));
      return table(
        [
          [c.kind, "text"],
          [c.starts, "text"],
          [c.ends, "text"],
          [c.stands, "text"],
          [c.exhibitor, "text"],
          [c.contact, "text"],
          [c.phone, "text"],
          [c.vehicle, "text"],
        ],
        rows.map((r) => r.cells),
      );
    }
    case "signage":
      return table(
        [
          [c.code, "text"],
          [c.hall, "text"],
          [c.fascia, "text"],
          [c.length, "number"],
          [c.exhibitor, "text"],
        ],
        stands.map((s) => {
          const text = fasciaText(s);
          return [s.code, s.hallName, text || null, text.length, s.exhibitor?.name ?? null];
        }),
      );
  }
}

function exhibitorsOf(stands: ExportStand[]) {
  const seen = new Map<string, NonNullable<ExportStand["exhibitor"]>>();
  for (const s of stands)
    if (s.exhibitor && !seen.has(s.exhibitor.slug)) seen.set(s.exhibitor.slug, s.exhibitor);
  return [...seen.values()];
}

/** Orders are per exhibitor: listed once, on the exhibitor's first stand (hall then code order). */
function firstStandOfEach(stands: ExportStand[]): ExportStand[] {
  const seen = new Set<string>();
  return stands.filter((s) => {
    if (!s.exhibitor || seen.has(s.exhibitor.slug)) return false;
    seen.add(s.exhibitor.slug);
    return true;
  });
}

function codesOf(stands: ExportStand[], slug: string): string {
  return stands
    .filter((s) => s.exhibitor?.slug === slug)
    .map((s) => s.code)
    .join(", ");
}
