import type { PlanPage, Primitive } from "./floor-plan-layout";

/** One hall's printable plan as a standalone SVG, sized in millimetres so it prints at its stated scale. */
const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => (Math.round(v * 100) / 100).toString();
const PT_TO_MM = 25.4 / 72;

function element(p: Primitive): string {
  switch (p.kind) {
    case "polygon":
      return `<polygon points="${p.points.map(([x, y]) => `${n(x)},${n(y)}`).join(" ")}" fill="${p.fill ?? "none"}"${p.opacity !== undefined ? ` fill-opacity="${p.opacity}"` : ""} stroke="${p.stroke ?? "none"}" stroke-width="${n(p.width)}"${p.dash ? ` stroke-dasharray="${n(p.dash)}"` : ""}/>`;
    case "line":
      return `<line x1="${n(p.a[0])}" y1="${n(p.a[1])}" x2="${n(p.b[0])}" y2="${n(p.b[1])}" stroke="${p.stroke}" stroke-width="${n(p.width)}"/>`;
    case "text":
      return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${n(p.size)}"${p.bold ? ' font-weight="bold"' : ""}${p.fill ? ` fill="${p.fill}"` : ""}${p.anchor === "middle" ? ' text-anchor="middle"' : ""}>${esc(p.text)}</text>`;
  }
}

export function planPageToSvg(page: PlanPage, title: string): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width * PT_TO_MM)}mm" height="${n(page.height * PT_TO_MM)}mm" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="DejaVu Sans, Verdana, sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...page.primitives.map(element),
    `</svg>`,
    "",
  ].join("\n");
}
