import type { Violation } from "../../../floorplans/rules/types";
import { entityBounds, findEntity, zoomToBounds, type EntityRef } from "../model";
import { unionBounds } from "../model/geometry";
import type { EditorSession } from "./session";
import { visibleHallIds } from "./view-commands";

/** Room left around the subjects: their neighbours and the aisle between them stay in view. */
const CONTEXT_M = 8;
import { violationSubjects } from "./violation-subjects";

/**
 * A click on a violation in the panel: its subjects are selected (an exhibitor's stands for an
 * exhibitor, nothing for a hall), the canvas shows their hall and zooms onto them.
 */
export function focusViolation(session: EditorSession, v: Violation): void {
  const { store, ui } = session;
  const plan = store.getState().doc.plan;
  const refs: EntityRef[] = [];
  let hallId: string | null = null;
  for (const subject of violationSubjects(v)) {
    if (subject.kind === "hall") {
      hallId ??= subject.id;
      continue;
    }
    if (subject.kind === "exhibitor") {
      for (const s of plan.stands) if (s.exhibitorId === subject.id) refs.push({ kind: "stand", id: s.id });
      continue;
    }
    const entity = findEntity(plan, subject.kind, subject.id);
    if (!entity) continue;
    refs.push({ kind: subject.kind, id: subject.id });
    hallId ??= entity.hallId;
  }
  if (hallId === null && refs[0]) hallId = findEntity(plan, refs[0].kind, refs[0].id)?.hallId ?? null;
  if (hallId !== null && !visibleHallIds(session).has(hallId)) ui.set({ hallId });
  const unique = refs.filter((r, i) => refs.findIndex((o) => o.kind === r.kind && o.id === r.id) === i);
  store.select(unique);
  const bounds = unionBounds(unique.flatMap((ref) => entityBounds(plan, ref) ?? []));
  if (!bounds) return;
  const around = {
    minX: bounds.minX - CONTEXT_M,
    minY: bounds.minY - CONTEXT_M,
    maxX: bounds.maxX + CONTEXT_M,
    maxY: bounds.maxY + CONTEXT_M,
  };
  store.setView(zoomToBounds(store.getState().view, around));
}
