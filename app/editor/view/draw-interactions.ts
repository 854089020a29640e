import {
  addExit,
  addObstacle,
  addPowerBox,
  addRow,
  addStand,
  addZone,
  MIN_STAND_SIZE_M,
  snapValue,
  STAND_PRESETS,
  type XY,
} from "../model";
import {
  gesture,
  isDrag,
  snapOf,
  type Interaction,
  type InteractionHost,
  type PointerSample,
} from "./interaction-core";
import type { ToolId } from "./ui-state";
import { doorOnWall } from "./view-math";

/** A pillar dropped by a click: the steel columns of the Cartonnerie are about 40 cm across. */
export const PILLAR_SIZE_M = 0.4;
/** A clicked wall, technical room or no-build area, or zone, before it is resized. */
const CLICKED_OBSTACLE_M = 1;
const CLICKED_ZONE_M = 6;
/** A door is at least two passage units wide (CO 36). */
export const DOOR_MIN_M = 1.4;

function square(centre: XY, size: number): XY[] {
  const h = size / 2;
  return [
    [centre[0] - h, centre[1] - h],
    [centre[0] + h, centre[1] - h],
    [centre[0] + h, centre[1] + h],
    [centre[0] - h, centre[1] + h],
  ];
}

function rectangle(a: XY, b: XY): XY[] {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/** After one shape the tool goes back to selection, so the next press can move what was drawn. */
function done(host: InteractionHost): void {
  host.ui.set({ tool: "select", preview: null });
}

/**
 * Drawing a stand is a gesture: each frame re-adds it, from the document as it was at the press,
 * with the dragged size, so the rules check it live like any drag. A click places the preset,
 * centred on the pointer.
 */
function drawStand(host: InteractionHost, start: PointerSample): Interaction {
  const { store, ui } = host;
  const hallId = host.hallAt(start.plan);
  const interaction = gesture(
    host,
    "draw-stand",
    start,
    (p) => {
      const snap = snapOf(host, p);
      const x0 = snapValue(start.plan[0], snap);
      const y0 = snapValue(start.plan[1], snap);
      const x1 = snapValue(p.plan[0], snap);
      const y1 = snapValue(p.plan[1], snap);
      const width = Math.max(MIN_STAND_SIZE_M, Math.abs(x1 - x0));
      const depth = Math.max(MIN_STAND_SIZE_M, Math.abs(y1 - y0));
      const x = x1 < x0 ? x0 - width : x0;
      const y = y1 < y0 ? y0 - depth : y0;
      store.updateGesture(addStand, { x, y, width, depth, hallId });
    },
    (p) => {
      const { width, depth } = STAND_PRESETS[ui.get().preset];
      store.dispatch(addStand, {
        x: p.plan[0] - width / 2,
        y: p.plan[1] - depth / 2,
        preset: ui.get().preset,
        hallId,
        snap: snapOf(host, p),
      });
    },
  );
  return {
    kind: interaction.kind,
    move: (p) => interaction.move(p),
    end(p) {
      interaction.end(p);
      done(host);
    },
    cancel() {
      interaction.cancel();
      done(host);
    },
  };
}

/** A rectangle (or segment) dragged out and added once, on release: obstacles, zones and doors. */
function drawOnce(
  host: InteractionHost,
  start: PointerSample,
  shape: "rect" | "segment",
  commit: (from: PointerSample, to: PointerSample, dragged: boolean) => void,
): Interaction {
  return {
    kind: `draw-${shape}`,
    move(p) {
      if (isDrag(start, p)) host.ui.set({ preview: { shape, from: start.plan, to: p.plan } });
      return false;
    },
    end(p) {
      commit(start, p, isDrag(start, p));
      done(host);
    },
    cancel() {
      done(host);
    },
  };
}

/** A click that adds one thing where it lands. */
function place(host: InteractionHost, start: PointerSample, commit: (p: PointerSample) => void): Interaction {
  return {
    kind: "place",
    move: () => false,
    end(p) {
      if (!isDrag(start, p)) commit(p);
      done(host);
    },
    cancel() {
      done(host);
    },
  };
}

export function beginDrawing(host: InteractionHost, start: PointerSample, tool: ToolId): Interaction | null {
  const { store, ui } = host;
  const hallId = host.hallAt(start.plan);
  const snap = snapOf(host, start);
  switch (tool) {
    case "stand":
      return drawStand(host, start);
    case "row":
      return place(host, start, (p) => {
        const { preset, rowCount } = ui.get();
        store.dispatch(addRow, { x: p.plan[0], y: p.plan[1], count: rowCount, preset, hallId, snap });
      });
    case "powerBox":
      return place(host, start, (p) => {
        store.dispatch(addPowerBox, { at: p.plan, hallId, phases: 3, snap });
      });
    case "obstacle": {
      const kind = ui.get().obstacleKind;
      if (kind === "pillar") {
        return place(host, start, (p) => {
          const centre: XY = [snapValue(p.plan[0], snap), snapValue(p.plan[1], snap)];
          store.dispatch(addObstacle, { kind, polygon: square(centre, PILLAR_SIZE_M), hallId });
        });
      }
      return drawOnce(host, start, "rect", (from, to, dragged) => {
        const polygon = dragged ? rectangle(from.plan, to.plan) : square(from.plan, CLICKED_OBSTACLE_M);
        store.dispatch(addObstacle, { kind, polygon, hallId, snap: snapOf(host, to) });
      });
    }
    case "zone":
      return drawOnce(host, start, "rect", (from, to, dragged) => {
        const polygon = dragged ? rectangle(from.plan, to.plan) : square(from.plan, CLICKED_ZONE_M);
        store.dispatch(addZone, { kind: ui.get().zoneKind, polygon, hallId, snap: snapOf(host, to) });
      });
    case "exit":
      return drawOnce(host, start, "segment", (from, to) => {
        const outline = host.hallOutline(hallId);
        const door = outline && doorOnWall(outline, from.plan, to.plan, DOOR_MIN_M);
        // A door far from every wall is refused by the command with its own reason.
        const [a, b] = door ?? [from.plan, to.plan];
        store.dispatch(addExit, { a, b, hallId });
      });
    default:
      return null;
  }
}
