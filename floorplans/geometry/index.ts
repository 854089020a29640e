/** Pure plane geometry of the floor-plan domain (metres, y down). */
export { EPS, FLOAT_SLACK, type XY } from "./constants";
export { ExactSum, exactSum } from "./exact-sum";
export { isQuarterTurn, normalizeRotation, rectCorners, writeRectCorners, type RectInput } from "./rect";
export { polygonArea, pointInPolygonFlat, signedAreaFlat, toFlat, fromFlat, type Aabb } from "./polygon";
export { pointSegmentDistance, pointBoundaryDistance, convexPenetration, convexGap, measureConvex, measureBoxes } from "./convex";
export { convexPieces } from "./decompose";
export { convexWithin, pointWithin, depthInConvex } from "./containment";
export { touchStretch } from "./touch";
export {
  prepareShape,
  prepareConvex,
  shapeDistance,
  shapePenetration,
  shapesOverlap,
  shapesTouch,
  shapeWithin,
  segmentShapeDistance,
  type PreparedShape,
  type ConvexPiece,
} from "./shape";
