/**
 * The floor-plan editor's model: pure TypeScript (no React, Konva, DOM or database). The Konva
 * view renders `EditorState` and turns every user intent into a command, a gesture or an action.
 */
export * from "./types";
export * from "./commands";
export { ACTIONS, findAction, findKeyAction, performAction } from "./actions";
export type { ActionArgs, EditorAction } from "./actions";
export { formatStandCode, nextFreeCodes, parseStandCode, ROW_TOLERANCE_M } from "./codes";
export { applyDiff, changedCollections, changedStandIds, diffDocs, invertDiff, isEmptyDiff } from "./diff";
export {
  createEditorDoc,
  entitiesOf,
  findEntity,
  findStand,
  isSelected,
  refKey,
  replaceById,
  replaceEntity,
  selectedIds,
} from "./document";
export type { Entity, EntityOfKind } from "./document";
export * from "./editor-state";
export { entityBounds, standCorners } from "./geometry";
export * from "./history";
export type { KeyLike } from "./keys";
export * from "./selection";
export * from "./snapping";
export { createEditorStore } from "./store";
export type { EditorStore, EditorStoreOptions, PlanValidator } from "./store";
export * from "./view";
