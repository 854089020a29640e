import { createElement as h, type ReactElement } from "react";
import { Document, Font, Page, Path, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { dejaVu } from "../../app/exports/fonts";
import { createFormatter } from "../../app/exports/format";
import { fitHall, standOnMap, svgPolygon, type HallMap } from "../../app/exports/mini-map";
import { computeOpenSides } from "../../app/exports/open-sides";
import { describeSetupSheet } from "../../app/exports/setup-sheet";
import type { ExportData, ExportLocale, ExportStand } from "../../app/exports/types";

/**
 * The benchmark's baseline: the same setup sheets (same strings from describeSetupSheet, same
 * mini-map geometry, same A4 layout and DejaVu Sans) written the way one would with
 * @react-pdf/renderer — one <Page> per stand, the hall drawn as <Svg> paths on each page.
 */
const A4_MAP = { x: 40, y: 112, width: 515.28, height: 250 };
let registered = false;

export async function renderSetupSheetsReactPdf(
  data: ExportData,
  stands: ExportStand[],
  locale: ExportLocale,
): Promise<Buffer> {
  if (!registered) {
    const fonts = dejaVu();
    Font.register({
      family: "DejaVu",
      fonts: [{ src: fonts.regularPath }, { src: fonts.boldPath, fontWeight: "bold" }],
    });
    Font.registerHyphenationCallback((word) => [word]);
    registered = true;
  }
  const f = createFormatter(locale, data.event.timezone);
  const sides = computeOpenSides(data.plan);
  const maps = new Map<string, { map: HallMap; paths: ReactElement[] }>();
  const hallMap = (hallId: string) => {
    let entry = maps.get(hallId);
    if (!entry) {
      const map = fitHall(data.plan, hallId, { ...A4_MAP, x: 0, y: 0 });
      const paths = [
        h(Path, {
          key: "o",
          d: svgPolygon(map.outline),
          fill: "#f5f5f5",
          stroke: "#595959",
          strokeWidth: 0.5,
        }),
        ...map.obstacles.map((p, i) => h(Path, { key: `b${i}`, d: svgPolygon(p), fill: "#8c8c8c" })),
        ...map.stands.map((p, i) =>
          h(Path, { key: `s${i}`, d: svgPolygon(p), fill: "#ffffff", stroke: "#737373", strokeWidth: 0.25 }),
        ),
      ];
      entry = { map, paths };
      maps.set(hallId, entry);
    }
    return entry;
  };
  const label = {
    fontFamily: "DejaVu",
    fontWeight: "bold" as const,
    fontSize: 9,
    color: "#444444",
    width: 135,
  };
  const value = { fontFamily: "DejaVu", fontSize: 10, width: 380 };
  const pages = stands.map((stand, index) => {
    const c = describeSetupSheet(data, stand, sides.get(stand.code), f, index + 1);
    const { map, paths } = hallMap(stand.hallId);
    const row = (l: string, v: string, key: string) =>
      h(
        View,
        { key, style: { flexDirection: "row", height: 16.5 } },
        h(Text, { style: label }, l),
        h(Text, { style: value }, v),
      );
    return h(
      Page,
      { key: stand.code, size: "A4", style: { padding: 40, paddingTop: 36, fontFamily: "DejaVu" } },
      h(Text, { style: { fontSize: 11, color: "#555555" } }, c.title),
      h(Text, { style: { fontSize: 30, fontWeight: "bold" } }, c.code),
      h(Text, { style: { fontSize: 10, marginBottom: 8 } }, c.header),
      h(
        Svg,
        { width: A4_MAP.width, height: A4_MAP.height, viewBox: `0 0 ${A4_MAP.width} ${A4_MAP.height}` },
        ...paths,
        h(Path, {
          key: "me",
          d: svgPolygon(standOnMap(map, stand)),
          fill: "#db291f",
          stroke: "#8c0d0d",
          strokeWidth: 1.2,
        }),
      ),
      h(View, { style: { marginTop: 18 } }, ...c.rows.map(([l, v], i) => row(l, v, `r${i}`))),
      row(f.texts.sheet.furniture, c.furniture.join("\n") || f.texts.dash, "f"),
      row(f.texts.sheet.badges, c.badges, "b"),
      row(f.texts.sheet.notes, c.notes.join("\n") || f.texts.dash, "n"),
      h(
        Text,
        { style: { position: "absolute", bottom: 26, left: 40, fontSize: 8, color: "#666666" } },
        c.footer,
      ),
    );
  });
  return renderToBuffer(h(Document, { title: data.event.name }, ...pages));
}
