import { IndexList, collectNear } from "./index-list";
import type { HallModel } from "./plan-model";
import type { StandStore } from "./stand-store";

/** Candidates near one stand (by bounding box): other stands, obstacles, walls of the outline. */
export class Neighbourhood {
  readonly stands = new IndexList();
  readonly obstacles = new IndexList();
  readonly walls = new IndexList();
}

/** Fills the obstacles and walls whose boxes come within `reach` (m) of the stand's box. */
export function gatherStatics(hall: HallModel, store: StandStore, slot: number, reach: number, into: Neighbourhood): void {
  const b = store.bounds;
  const o = slot * 4;
  const minX = b[o]! - reach;
  const minY = b[o + 1]! - reach;
  const maxX = b[o + 2]! + reach;
  const maxY = b[o + 3]! + reach;
  into.obstacles.clear();
  into.walls.clear();
  collectNear(hall.obstacleIndex, hall.obstacleBounds, hall.obstacles.length, minX, minY, maxX, maxY, into.obstacles);
  collectNear(hall.wallIndex, hall.wallBounds, hall.walls.length, minX, minY, maxX, maxY, into.walls);
}
