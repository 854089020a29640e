import { z } from "zod";
import { buildTable, tableKinds, type TableKind } from "~/exports/contractor-tables";
import { layoutPlanPages, type Paper } from "~/exports/floor-plan-layout";
import { renderPlanPdf } from "~/exports/floor-plan-pdf";
import { planPageToSvg } from "~/exports/floor-plan-svg";
import { createFormatter } from "~/exports/format";
import { computeOpenSides } from "~/exports/open-sides";
import { renderSafetyFile } from "~/exports/safety-file";
import { createSetupSheetWriter } from "~/exports/setup-sheet-pdf";
import { tablesToXlsx, tableToCsv } from "~/exports/table-files";
import type { ExportData, ExportLocale, ExportStand } from "~/exports/types";
import type { EventRow } from "./event.server";
import { loadExportData } from "./export-data.server";
import { loadEventPlan } from "./plan-load.server";

/**
 * The staff exports as HTTP responses: parse the query (zod), read the event's data once, build
 * the file, answer with `Content-Disposition: attachment` and a file name in the chosen language.
 * Bad input is a 400 with a message in the reader's language, never a stack trace.
 */
const codeList = z
  .string()
  .max(100_000)
  .transform((value) => [
    ...new Set(
      value
        .split(/[,\s]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(100)).max(10_000));

export const exportQuery = z.object({
  lang: z.enum(["fr", "en"]).optional(),
  /** From the page's form: which of `hall` / `stands` applies (both are sent without JavaScript). */
  scope: z.enum(["all", "hall", "selection"]).optional(),
  stands: codeList.optional(),
  hall: z.string().trim().min(1).max(100).optional(),
  paper: z.enum(["a3", "a1"]).default("a3"),
});
export type ExportQuery = z.infer<typeof exportQuery>;

const messages = {
  fr: {
    badQuery: "Paramètres d’export invalides.",
    unknownStands: "Stands inconnus : {{codes}}.",
    unknownHall: "Hall inconnu : {{hall}}.",
    noStands: "Aucun stand à exporter : dessinez le plan ou changez la sélection.",
    unknownList: "Liste inconnue.",
    noSelection: "Indiquez au moins un code de stand.",
  },
  en: {
    badQuery: "Invalid export parameters.",
    unknownStands: "Unknown stands: {{codes}}.",
    unknownHall: "Unknown hall: {{hall}}.",
    noStands: "No stand to export: draw the plan or change the selection.",
    unknownList: "Unknown list.",
    noSelection: "Enter at least one stand code.",
  },
} as const;

export function badRequest(
  locale: ExportLocale,
  key: keyof (typeof messages)["fr"],
  values: Record<string, string> = {},
): Response {
  const text = messages[locale][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? "");
  return new Response(text, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function parseExportQuery(
  url: URL,
  fallback: ExportLocale,
): { query: ExportQuery; locale: ExportLocale } {
  const parsed = exportQuery.safeParse(Object.fromEntries(url.searchParams));
  const lang = url.searchParams.get("lang");
  const locale: ExportLocale = lang === "en" || lang === "fr" ? lang : fallback;
  if (!parsed.success) throw badRequest(locale, "badQuery");
  return { query: parsed.data, locale: parsed.data.lang ?? fallback };
}

/** The stands a query selects, in print order (hall, then code); 400 on unknown codes or hall. */
export function selectStands(data: ExportData, selection: ExportQuery, locale: ExportLocale): ExportStand[] {
  let query = selection;
  let chosen = data.stands;
  if (query.scope === "all") query = { ...query, hall: undefined, stands: undefined };
  if (query.scope === "hall") query = { ...query, stands: undefined };
  if (query.scope === "selection") {
    query = { ...query, hall: undefined };
    if (!query.stands || query.stands.length === 0) throw badRequest(locale, "noSelection");
  }
  if (query.hall) {
    if (!data.plan.halls.some((h) => h.id === query.hall))
      throw badRequest(locale, "unknownHall", { hall: query.hall });
    chosen = chosen.filter((s) => s.hallId === query.hall);
  }
  if (query.stands && query.stands.length > 0) {
    const known = new Set(data.stands.map((s) => s.code));
    const unknown = query.stands.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw badRequest(locale, "unknownStands", { codes: unknown.slice(0, 20).join(", ") });
    const wanted = new Set(query.stands);
    chosen = chosen.filter((s) => wanted.has(s.code));
  }
  if (chosen.length === 0) throw badRequest(locale, "noStands");
  return chosen;
}

/** File names stay ASCII (every browser and mail client keeps them intact). */
export function safeFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function fileResponse(
  body: BodyInit,
  type: string,
  fileName: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${safeFileName(fileName)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...extra,
    },
  });
}

/**
 * Setup sheets, streamed: pages are drawn in batches and sent as pdfkit writes them, so a
 * 2,000-page file starts downloading at once. `X-Export-Pages` tells the page how many pages
 * to expect; it counts the page objects as they arrive to show progress (docs/exports.md).
 */
export function setupSheetsResponse(event: EventRow, query: ExportQuery, locale: ExportLocale): Response {
  const data = loadExportData(event.id);
  const chosen = selectStands(data, query, locale);
  const writer = createSetupSheetWriter(data, chosen, locale);
  const names = createFormatter(locale).texts.fileNames;
  const fileName =
    chosen.length === 1
      ? `${names.setupSheet}-${event.slug}-${chosen[0]!.code}.pdf`
      : `${names.setupSheets}-${event.slug}.pdf`;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      writer.doc.on("data", (chunk: Buffer) => {
        if (!cancelled) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      writer.doc.on("end", () => {
        if (!cancelled) controller.close();
      });
      void (async () => {
        for (let i = 0; i < chosen.length && !cancelled; i++) {
          writer.drawPage(i);
          // Let the chunks out (and other requests in) every few pages.
          if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
        }
        writer.end();
      })().catch((error: unknown) => controller.error(error));
    },
    cancel() {
      cancelled = true;
    },
  });
  return fileResponse(stream, "application/pdf", fileName, { "X-Export-Pages": String(chosen.length) });
}

export const listKinds = tableKinds;
export const listParams = z.object({ list: z.enum([...tableKinds, "all"]), format: z.enum(["csv", "xlsx"]) });

export async function listResponse(
  event: EventRow,
  list: TableKind | "all",
  format: "csv" | "xlsx",
  query: ExportQuery,
  locale: ExportLocale,
): Promise<Response> {
  const data = loadExportData(event.id);
  const chosen = query.stands || query.hall ? selectStands(data, query, locale) : data.stands;
  const f = createFormatter(locale, data.event.timezone);
  const sides = computeOpenSides(data.plan);
  const kinds = list === "all" ? [...tableKinds] : [list];
  if (format === "csv" && list === "all") throw badRequest(locale, "unknownList");
  const tables = kinds.map((kind) => buildTable(kind, data, chosen, sides, f));
  const base =
    list === "all" ? (locale === "fr" ? "listes-prestataires" : "contractor-lists") : tables[0]!.fileName;
  if (format === "csv")
    return fileResponse(
      tableToCsv(tables[0]!, locale),
      "text/csv; charset=utf-8",
      `${base}-${event.slug}.csv`,
    );
  const bytes = await tablesToXlsx(tables, data.event.name);
  return fileResponse(
    new Uint8Array(bytes),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `${base}-${event.slug}.xlsx`,
  );
}

export async function planResponse(
  event: EventRow,
  format: "pdf" | "svg",
  query: ExportQuery,
  locale: ExportLocale,
): Promise<Response> {
  const data = loadExportData(event.id);
  const f = createFormatter(locale, data.event.timezone);
  const paper: Paper = query.paper;
  if (query.hall && !data.plan.halls.some((h) => h.id === query.hall))
    throw badRequest(locale, "unknownHall", { hall: query.hall });
  const hallId = query.hall ?? data.plan.halls[0]?.id;
  const pages = layoutPlanPages(
    data,
    paper,
    f,
    format === "svg" ? (hallId ? [hallId] : []) : query.hall ? [query.hall] : undefined,
  );
  if (pages.length === 0) throw badRequest(locale, "noStands");
  const base = `${f.texts.fileNames.plan}-${event.slug}`;
  if (format === "svg") {
    const title = `${data.event.name} — ${pages[0]!.hallId}`;
    return fileResponse(
      planPageToSvg(pages[0]!, title),
      "image/svg+xml; charset=utf-8",
      `${base}-${pages[0]!.hallId}-${paper}.svg`,
    );
  }
  const bytes = await renderPlanPdf(pages, `${data.event.name} — ${f.texts.fileNames.plan}`, locale);
  return fileResponse(new Uint8Array(bytes), "application/pdf", `${base}-${paper}.pdf`);
}

export async function safetyFileResponse(event: EventRow, locale: ExportLocale): Promise<Response> {
  const data = loadExportData(event.id);
  const f = createFormatter(locale, data.event.timezone);
  const bytes = await renderSafetyFile(data, f);
  return fileResponse(
    new Uint8Array(bytes),
    "application/pdf",
    `${f.texts.fileNames.safety}-${event.slug}.pdf`,
  );
}

/** What the exports page lists: the halls with their stand counts (one query through the plan). */
export function exportsOverview(eventId: number) {
  const plan = loadEventPlan(eventId);
  const halls = plan.halls.map((hall) => ({
    id: hall.id,
    name: hall.name,
    standCount: plan.stands.filter((s) => s.hallId === hall.id).length,
  }));
  return { halls, standCount: plan.stands.length };
}
