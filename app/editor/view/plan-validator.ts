import {
  createRuleEngine,
  type RuleEngine,
  type ViolationDiff,
} from "../../../floorplans/rules/engine/rule-engine";
import type { Violation } from "../../../floorplans/rules/types";
import type { Plan, PlanValidator } from "../model";
import { ViolationIndex } from "./violation-index";

/**
 * The store's validator, backed by the incremental rule engine (the same rules the server runs
 * on save). Each update's ViolationDiff goes to the index and then to listeners — the canvas
 * restyles only the subjects in it.
 */
export interface ValidationFeed extends PlanValidator {
  readonly index: ViolationIndex;
  violations(): readonly Violation[];
  /** Called after each update with the subjects ("stand:A01"…) whose level may have changed. */
  subscribe(listener: (touched: ReadonlySet<string>) => void): () => void;
}

export function createValidationFeed(): ValidationFeed {
  let engine: RuleEngine | null = null;
  const index = new ViolationIndex();
  const listeners = new Set<(touched: ReadonlySet<string>) => void>();
  const emit = (diff: ViolationDiff) => {
    const touched = index.apply(diff);
    if (touched.size === 0) return;
    for (const listener of [...listeners]) listener(touched);
  };
  const feed: ValidationFeed = {
    index,
    reset(plan: Plan) {
      if (engine) {
        emit(engine.rebuild(plan));
        return;
      }
      engine = createRuleEngine(plan);
      emit({ added: [...engine.violations()], removed: [] });
    },
    update(plan: Plan, changedStandIds: string[]) {
      if (!engine) feed.reset(plan);
      else emit(engine.updateStands(plan, changedStandIds));
    },
    violations: () => engine?.violations() ?? [],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return feed;
}
