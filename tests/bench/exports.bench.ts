/**
 * Exports benchmark: `npm run bench:exports -- [--json] [--stands N] [--runs R] [--baseline-pages P]`.
 * On a generated event (exports-data.ts: the generate-plan.ts layout plus logistics), in one run:
 *  - our setup sheets (pdfkit, app/exports/setup-sheet-pdf.ts): every stand in one PDF, median of R runs;
 *  - the baseline: the same content through @react-pdf/renderer (exports-baseline.ts) on the first
 *    P stands (100 by default: it renders about 3 pages/s here, so 2,000 pages would take minutes;
 *    pass --baseline-pages 2000 for the whole batch). Rates are compared in pages per second;
 *  - a 2,000-row XLSX (the stands list) with exceljs, median of 5.
 * Targets: ≥ 500 pages/s, ≥ 10× the baseline, XLSX < 1 s. The load average is printed beside the
 * figures: on a shared machine wall-clock times mostly measure the neighbours.
 */
import { loadavg } from "node:os";
import { buildTable } from "../../app/exports/contractor-tables";
import { createFormatter } from "../../app/exports/format";
import { computeOpenSides } from "../../app/exports/open-sides";
import { renderSetupSheets } from "../../app/exports/setup-sheet-pdf";
import { tablesToXlsx } from "../../app/exports/table-files";
import { renderSetupSheetsReactPdf } from "./exports-baseline";
import { generateExportData } from "./exports-data";

const args = process.argv.slice(2);
const json = args.includes("--json");
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const standCount = option("--stands", 2000);
const runs = option("--runs", 3);
const baselinePages = Math.min(option("--baseline-pages", 100), standCount);
const log = (line: string) => {
  if (!json) console.log(line);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** CPU time of this process (user + system): unlike wall time, it does not count the neighbours' turns. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const countPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page[^s]/g)?.length ?? 0;

async function main() {
  const loadStart = loadavg()[0]!;
  const data = generateExportData(standCount);
  log(
    `Exports benchmark — ${data.stands.length} stands in ${data.plan.halls.length} halls, load average ${loadStart.toFixed(2)}`,
  );

  // Warm-up: JIT, font parsing, Intl formatters.
  await renderSetupSheets(data, data.stands.slice(0, 50), "fr");
  await renderSetupSheetsReactPdf(data, data.stands.slice(0, 5), "fr");

  const ours: number[] = [];
  const oursCpu: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const pdf = await renderSetupSheets(data, data.stands, "fr");
    ours.push(performance.now() - t);
    oursCpu.push(cpuMs(process.cpuUsage(cpu)));
    bytes = pdf.length;
    pages = countPages(pdf);
  }
  if (pages !== data.stands.length) throw new Error(`expected ${data.stands.length} pages, got ${pages}`);
  const oursMs = median(ours);
  const oursRate = (pages / oursMs) * 1000;
  const oursCpuRate = (pages / median(oursCpu)) * 1000;
  log(
    `pdfkit (ours)       ${pages} pages in ${oursMs.toFixed(0)} ms (median of ${runs}) → ${oursRate.toFixed(0)} pages/s wall, ${oursCpuRate.toFixed(0)} pages per CPU-second, ${(bytes / 1e6).toFixed(1)} MB`,
  );

  const tb = performance.now();
  const cpuBase = process.cpuUsage();
  const baseline = await renderSetupSheetsReactPdf(data, data.stands.slice(0, baselinePages), "fr");
  const baseMs = performance.now() - tb;
  const baseCpuRate = (baselinePages / cpuMs(process.cpuUsage(cpuBase))) * 1000;
  const basePages = countPages(baseline);
  const baseRate = (basePages / baseMs) * 1000;
  log(
    `@react-pdf/renderer ${basePages} pages in ${baseMs.toFixed(0)} ms → ${baseRate.toFixed(1)} pages/s wall, ${baseCpuRate.toFixed(1)} pages per CPU-second, ${(baseline.length / 1e6).toFixed(1)} MB`,
  );
  const ratio = oursRate / baseRate;
  log(`ratio               ${ratio.toFixed(1)}× wall, ${(oursCpuRate / baseCpuRate).toFixed(1)}× CPU`);

  const f = createFormatter("fr");
  const table = buildTable("stands", data, data.stands, computeOpenSides(data.plan), f);
  await tablesToXlsx([table], data.event.name);
  const xlsx: number[] = [];
  let xlsxBytes = 0;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    xlsxBytes = (await tablesToXlsx([table], data.event.name)).length;
    xlsx.push(performance.now() - t);
  }
  const xlsxMs = median(xlsx);
  log(
    `XLSX                ${table.rows.length} rows × ${table.columns.length} columns in ${xlsxMs.toFixed(0)} ms (median of 5), ${(xlsxBytes / 1e3).toFixed(0)} kB`,
  );

  const loadEnd = loadavg()[0]!;
  const targets = { pagesPerSecond: oursRate >= 500, ratio: ratio >= 10, xlsx: xlsxMs < 1000 };
  log(
    `targets             ≥ 500 pages/s: ${targets.pagesPerSecond ? "met" : "MISSED"} · ≥ 10× baseline: ${targets.ratio ? "met" : "MISSED"} · XLSX < 1 s: ${targets.xlsx ? "met" : "MISSED"}`,
  );
  log(`load average        ${loadStart.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end`);
  if (json)
    console.log(
      JSON.stringify({
        stands: data.stands.length,
        ours: {
          pages,
          ms: Math.round(oursMs),
          pagesPerSecond: Math.round(oursRate),
          pagesPerCpuSecond: Math.round(oursCpuRate),
          bytes,
          runs,
        },
        baseline: {
          pages: basePages,
          ms: Math.round(baseMs),
          pagesPerSecond: Math.round(baseRate * 10) / 10,
          pagesPerCpuSecond: Math.round(baseCpuRate * 10) / 10,
          bytes: baseline.length,
        },
        ratio: Math.round(ratio * 10) / 10,
        xlsx: { rows: table.rows.length, ms: Math.round(xlsxMs), bytes: xlsxBytes },
        targets,
        loadAverage: { start: loadStart, end: loadEnd },
      }),
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
