import type { Plan, Stand } from "../../format/schema";
import { planRuleSettings, type RuleSettings } from "../../format/settings";
import type { Violation } from "../types";
import { EngineState } from "./engine-state";
import { StandUpdate, type StandChange } from "./stand-update";
import type { ViolationDiff } from "./violation-book";

export type { ViolationDiff } from "./violation-book";

/**
 * The editor's live checks: the same rules as validatePlan, re-run only where a stand edit can
 * change them, with exactly the same result as a full run (a property test holds it to that).
 */
export interface RuleEngine {
  /** Every violation, sorted as validatePlan sorts them. A snapshot: later updates leave it alone. */
  violations(): readonly Violation[];
  /**
   * Stands added, moved, resized, rotated, removed or (re)assigned: `nextPlan` is the plan after
   * the edit and must share every other collection (halls, obstacles, exits, powerBoxes, zones,
   * exhibitors, rules) with the previous plan by reference; if it does not, the engine rebuilds.
   * Returns what appeared and disappeared.
   */
  updateStands(nextPlan: Plan, changedStandIds: Iterable<string>): ViolationDiff;
  /**
   * Any other edit — a hall, an obstacle, an exit, a box, a zone, an exhibitor or the settings —
   * rebuilds everything: those are rare, and each can reach every stand of a hall or exhibitor.
   */
  rebuild(nextPlan: Plan, settings?: RuleSettings): ViolationDiff;
}

export function createRuleEngine(plan: Plan, settings?: RuleSettings): RuleEngine {
  return new IncrementalRuleEngine(plan, settings);
}

class IncrementalRuleEngine implements RuleEngine {
  private plan: Plan;
  private explicitSettings: RuleSettings | undefined;
  private state: EngineState;
  private update: StandUpdate;
  /** Where each stand sat in plan.stands: finds a changed stand in O(1) while the order holds. */
  private position = new Map<string, number>();

  constructor(plan: Plan, settings?: RuleSettings) {
    this.plan = plan;
    this.explicitSettings = settings;
    this.state = new EngineState(plan, settings ?? planRuleSettings(plan));
    this.update = new StandUpdate(this.state);
    this.index(plan);
  }

  violations(): readonly Violation[] {
    return this.state.book.sortedList(() => this.state.collect());
  }

  rebuild(nextPlan: Plan, settings?: RuleSettings): ViolationDiff {
    const removed = this.state.collect();
    this.plan = nextPlan;
    this.explicitSettings = settings;
    this.state = new EngineState(nextPlan, settings ?? planRuleSettings(nextPlan));
    this.update = new StandUpdate(this.state);
    this.index(nextPlan);
    return { added: this.state.collect(), removed };
  }

  private index(plan: Plan): void {
    this.position = new Map(plan.stands.map((s, i) => [s.id, i]));
  }

  private find(plan: Plan, id: string): Stand | null {
    const at = this.position.get(id);
    if (at !== undefined && plan.stands[at]?.id === id) return plan.stands[at];
    // Stands were inserted or removed before this one: the positions are stale.
    const last = plan.stands[plan.stands.length - 1];
    if (last?.id === id && at === undefined) {
      this.position.set(id, plan.stands.length - 1);
      return last;
    }
    this.index(plan);
    const again = this.position.get(id);
    return again === undefined ? null : plan.stands[again]!;
  }

  private sharesAllButStands(next: Plan): boolean {
    const p = this.plan;
    return (
      next.halls === p.halls &&
      next.obstacles === p.obstacles &&
      next.exits === p.exits &&
      next.powerBoxes === p.powerBoxes &&
      next.zones === p.zones &&
      next.exhibitors === p.exhibitors &&
      (this.explicitSettings !== undefined || next.rules === p.rules)
    );
  }

  updateStands(nextPlan: Plan, changedStandIds: Iterable<string>): ViolationDiff {
    if (!this.sharesAllButStands(nextPlan)) return this.rebuild(nextPlan, this.explicitSettings);
    this.plan = nextPlan;
    const st = this.state;
    const changes: StandChange[] = [];
    for (const id of new Set(changedStandIds)) changes.push({ id, slot: st.slotOf.get(id), next: this.find(nextPlan, id) });
    this.update.apply(nextPlan, changes);
    return st.book.commit();
  }
}
