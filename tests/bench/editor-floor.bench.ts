/**
 * `npm run bench:editor-floor [-- --runs N] [--json]`: the browser's own cost of a drag, as a
 * reference for bench:editor. The same Chromium, flags and drag (editor-drag.ts: 180 moves at
 * 60 moves/s, CDP TaskDuration per handled move) on a bare page that does the least a canvas drag
 * can do: on each pointer move it counts the move and, once per animation frame, clears and fills
 * one 200 × 200 canvas. `--with-canvases 4` adds that many still 600 × 600 canvases beside it
 * (Chromium without a GPU copies every visible canvas on each frame: docs/decisions/014).
 *
 * What the editor spends per move above this floor is what its own code and page cost.
 */
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { measureDrag, median } from "./editor-drag";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "with-canvases": { type: "string", default: "0" },
    json: { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Math.min(20, Number(args.runs) || 5));
const stills = Math.max(0, Math.min(10, Number(args["with-canvases"]) || 0));

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent(`<div id="stage" style="position:relative;width:600px;height:600px"></div>`);
  // As text: tsx would wrap named functions in a helper the page does not have.
  await page.addScriptTag({
    content: `
      const stage = document.getElementById("stage");
      window.__alleeEditor = { movesHandled: 0, lastMoveMs: 0, standCount: 0, ready: true };
      function canvas(size) {
        const c = document.createElement("canvas");
        c.width = c.height = size;
        c.style.position = "absolute";
        stage.appendChild(c);
        return c.getContext("2d");
      }
      for (let i = 0; i < ${stills}; i++) canvas(600).fillRect(10 * i, 0, 10, 10);
      const moving = canvas(200);
      let x = 0;
      let frame = 0;
      stage.addEventListener("pointermove", (e) => {
        x = e.clientX;
        window.__alleeEditor.movesHandled++;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          moving.clearRect(0, 0, 200, 200);
          moving.fillStyle = "#1d4ed8";
          moving.fillRect(x % 160, 20, 40, 40);
        });
      });`,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const samples = [];
  for (let r = 0; r < runs; r++) {
    samples.push(
      await measureDrag(page, cdp, 300, 300, { moves: 180, intervalMs: 1000 / 60, amplitudePx: 100 }),
    );
  }
  const msPerMove = median(samples.map((s) => s.msPerMove));
  const handled = median(samples.map((s) => s.movesHandled));
  const scriptPerMove = median(samples.map((s) => s.scriptMs / s.movesHandled));
  if (args.json)
    console.log(
      JSON.stringify({
        stillCanvases: stills,
        runs,
        msPerMove,
        movesHandled: handled,
        scriptMsPerMove: scriptPerMove,
      }),
    );
  else {
    console.log(
      `bare page, one 200 × 200 canvas redrawn per frame${stills ? ` and ${stills} still 600 × 600 canvases` : ""}, ${runs} drags:`,
    );
    console.log(
      `  runs: ${samples.map((s) => `${s.movesHandled} @ ${s.msPerMove.toFixed(2)}`).join(", ")} (moves @ ms/move)`,
    );
    console.log(
      `  median: ${handled}/180 moves handled, ${msPerMove.toFixed(2)} ms of main thread per move (of which script ${scriptPerMove.toFixed(2)} ms)`,
    );
  }
} finally {
  await browser.close();
}
