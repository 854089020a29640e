import { chromium } from "playwright-core";
import { measureDrag } from "./editor-drag";
const variant = process.argv[2] ?? "small";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--disable-quic","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent(`<div id=c style="position:relative;width:600px;height:600px"></div>`);
await page.evaluate((variant) => {
  const c = document.getElementById("c")!;
  const w = window as any;
  w.__alleeEditor = { movesHandled: 0, lastMoveMs: 0, standCount: 0, ready: true };
  if (variant === "big") for (let i = 0; i < 4; i++) { const k = document.createElement("canvas"); k.width = 600; k.height = 600; k.style.position = "absolute"; c.appendChild(k); k.getContext("2d")!.fillRect(0,0,10,10); }
  const d = document.createElement("canvas"); d.width = 200; d.height = 200; d.style.position = "absolute"; c.appendChild(d);
  const g = d.getContext("2d")!;
  let x = 0, pending = false;
  c.addEventListener("pointermove", (e) => { x = e.clientX; w.__alleeEditor.movesHandled++; if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; g.clearRect(0,0,200,200); g.fillStyle = "blue"; g.fillRect(x % 150, 20, 40, 40); }); } });
}, variant);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Performance.enable");
for (let r = 0; r < 3; r++) {
  const s = await measureDrag(page, cdp, 300, 300, { moves: 180, intervalMs: 1000 / 60, amplitudePx: 100 });
  console.log(variant, s.movesHandled, s.msPerMove.toFixed(2), "script", (s.scriptMs / s.movesHandled).toFixed(2));
}
await browser.close();
