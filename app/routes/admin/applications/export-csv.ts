import { countryName, sectorLabel } from "~/components/review/labels";
import { getI18n, type Locale } from "~/i18n/i18n";
import { resolveLocale } from "~/i18n/locale.server";
import { parseApplicationQuery } from "~/models/application-query";
import { listAllApplications, type ApplicationListRow } from "~/models/application-review.server";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { toCsv, type CsvCell } from "~/utils/csv";
import type { Route } from "./+types/export-csv";

/**
 * The review table as a spreadsheet file, with the same filters and order as on screen (paging
 * aside). Headers and labels are in the reader's language; the file is UTF-8 with a BOM and
 * `;`-separated with decimal commas, which French Excel and LibreOffice open by double-click.
 */

const COLUMNS = [
  "id",
  "organisation",
  "sector",
  "city",
  "country",
  "status",
  "contactName",
  "contactEmail",
  "contactPhone",
  "standKind",
  "area",
  "power",
  "phases",
  "pavilion",
  "submittedAt",
  "decidedAt",
  "averageScore",
  "reviewCount",
] as const;

/** Date and time in the event's zone, sortable as text (YYYY-MM-DD HH:MM). */
function timestamp(value: Date | null): string {
  if (!value) return "";
  // The Swedish locale writes ISO-like dates; the zone is the one the organisers work in.
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Paris",
    dateStyle: "short",
    timeStyle: "short",
  }).format(value);
}

function toRow(row: ApplicationListRow, locale: Locale): CsvCell[] {
  const t = getI18n(locale).getFixedT(locale, ["review", "common"]);
  const cells: Record<(typeof COLUMNS)[number], CsvCell> = {
    id: row.id,
    organisation: row.organisationName,
    sector: sectorLabel(locale, row.sector),
    city: row.city,
    country: countryName(locale, row.country),
    status: t(`common:applicationStatus.${row.status}`),
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    standKind: t(`detail.standKinds.${row.standKind as "shell" | "raw" | "pavilion"}`),
    area: row.requestedAreaM2,
    power: row.powerKw,
    phases: row.phases,
    pavilion: row.pavilionCode,
    submittedAt: timestamp(row.submittedAt),
    decidedAt: timestamp(row.decidedAt),
    averageScore: row.averageScore === null ? null : Math.round(row.averageScore * 100) / 100,
    reviewCount: row.reviewCount,
  };
  return COLUMNS.map((column) => cells[column]);
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireRole(request, "organiser", "staff");
  const event = requireEvent(params.slug);
  const locale = resolveLocale(request, user);
  const query = parseApplicationQuery(new URL(request.url).searchParams);
  const t = getI18n(locale).getFixedT(locale, "review");
  const header = COLUMNS.map((column) => t(`csv.columns.${column}`));
  const csv = toCsv([header, ...listAllApplications(event.id, query).map((row) => toRow(row, locale))], {
    decimalSeparator: locale === "fr" ? "," : ".",
  });
  const filename = `${t("csv.filename")}-${event.slug}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
